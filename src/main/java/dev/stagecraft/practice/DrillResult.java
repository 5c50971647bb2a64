package dev.stagecraft.practice;

import dev.stagecraft.course.DrillBest;
import dev.stagecraft.grading.Grade;
import java.time.Duration;

/**
 * One grading of a drill.
 *
 * @param grade the exercise's checks on the learner's working file
 * @param elapsed time from the start of the drill
 * @param passed how many checks passed
 * @param total how many checks there were
 * @param score see {@link DrillScore}
 * @param withinLimit whether it was graded inside the time limit
 * @param best the drill's record after this grading
 * @param newBest whether this score beat every earlier one
 */
public record DrillResult(
    Grade grade,
    Duration elapsed,
    int passed,
    int total,
    int score,
    boolean withinLimit,
    DrillBest best,
    boolean newBest) {

  /** Whether every check passed: the drill is fixed. */
  public boolean fixed() {
    return passed == total;
  }
}
