package dev.stagecraft.classroom;

import dev.stagecraft.report.SubmissionResult;
import java.util.List;

/**
 * What a class grading run produced.
 *
 * @param exercises the ids of the exercises graded, in report order
 * @param results one per learner and exercise, in the order the submissions and exercises were
 *     given
 * @param engineProblems engines that could not be used, each with the reason
 * @param noEngine true when no engine could grade anything: every submission that needed one is
 *     broken
 * @param cancelled true when the run was stopped (Ctrl-C) before it finished
 */
public record BatchOutcome(
    List<String> exercises,
    List<SubmissionResult> results,
    List<String> engineProblems,
    boolean noEngine,
    boolean cancelled) {

  public BatchOutcome {
    exercises = List.copyOf(exercises);
    results = List.copyOf(results);
    engineProblems = List.copyOf(engineProblems);
  }
}
