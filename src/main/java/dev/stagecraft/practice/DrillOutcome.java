package dev.stagecraft.practice;

import dev.stagecraft.grading.Grade;
import java.util.List;

/** What grading a drill came to: a score, or a grade that cannot be scored. */
public sealed interface DrillOutcome {

  /** The grade the learner should see either way. */
  Grade grade();

  /**
   * Graded on the engine and scored; remembered in the progress.
   *
   * @param warnings anything the learner should know, such as progress that could not be saved
   */
  record Scored(DrillResult result, List<String> warnings) implements DrillOutcome {
    public Scored {
      warnings = List.copyOf(warnings);
    }

    @Override
    public Grade grade() {
      return result.grade();
    }
  }

  /**
   * Not scored: without an engine only the static checks ran, and a drill is timed on all of them.
   * The clock keeps running.
   */
  record Unscored(Grade grade, String reason) implements DrillOutcome {}
}
