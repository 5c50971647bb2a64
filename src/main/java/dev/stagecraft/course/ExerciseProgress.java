package dev.stagecraft.course;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a learner has done with one exercise.
 *
 * @param status not started, attempted or passed; once passed it stays passed
 * @param attempts how many times the exercise was checked
 * @param lastChecked when it was last checked
 * @param bestSizeBytes the smallest final image of a passing attempt
 * @param hintsRevealed how many hints the learner has asked for
 * @param passedAt when a check first passed (instructors read it in {@code progress export})
 */
public record ExerciseProgress(
    ExerciseStatus status,
    int attempts,
    Optional<Instant> lastChecked,
    OptionalLong bestSizeBytes,
    int hintsRevealed,
    Optional<Instant> passedAt) {

  /** An exercise nobody has touched. */
  public static final ExerciseProgress NOT_STARTED =
      new ExerciseProgress(
          ExerciseStatus.NOT_STARTED, 0, Optional.empty(), OptionalLong.empty(), 0);

  public ExerciseProgress {
    if (attempts < 0 || hintsRevealed < 0) {
      throw new IllegalArgumentException("attempts and hintsRevealed cannot be negative");
    }
  }

  /** Progress from before the pass time was kept (or with none yet). */
  public ExerciseProgress(
      ExerciseStatus status,
      int attempts,
      Optional<Instant> lastChecked,
      OptionalLong bestSizeBytes,
      int hintsRevealed) {
    this(status, attempts, lastChecked, bestSizeBytes, hintsRevealed, Optional.empty());
  }

  /**
   * This progress after one more check.
   *
   * @param passed whether every check passed
   * @param sizeBytes the final image size, when the image was built
   * @param at when the check ran
   */
  public ExerciseProgress afterCheck(boolean passed, OptionalLong sizeBytes, Instant at) {
    ExerciseStatus next =
        passed || status == ExerciseStatus.PASSED
            ? ExerciseStatus.PASSED
            : ExerciseStatus.ATTEMPTED;
    OptionalLong best = bestSizeBytes;
    if (passed && sizeBytes.isPresent()) {
      long size = sizeBytes.getAsLong();
      best = best.isEmpty() || size < best.getAsLong() ? OptionalLong.of(size) : best;
    }
    Optional<Instant> firstPass = passed && passedAt.isEmpty() ? Optional.of(at) : passedAt;
    return new ExerciseProgress(
        next, attempts + 1, Optional.of(at), best, hintsRevealed, firstPass);
  }

  /** This progress with one more hint shown, never more than {@code available}. */
  public ExerciseProgress afterHint(int available) {
    return new ExerciseProgress(
        status,
        attempts,
        lastChecked,
        bestSizeBytes,
        Math.min(hintsRevealed + 1, available),
        passedAt);
  }
}
