package dev.stagecraft.course;

import java.util.OptionalLong;

/**
 * What a learner has done with one timed drill.
 *
 * @param attempts how many times the drill was graded
 * @param bestScore the highest score of those gradings (0 to 150)
 * @param fastestPassSeconds the shortest time to a grade that passed every check, if any
 */
public record DrillBest(int attempts, int bestScore, OptionalLong fastestPassSeconds) {

  /** A drill never tried. */
  public static final DrillBest NOT_TRIED = new DrillBest(0, 0, OptionalLong.empty());

  public DrillBest {
    if (attempts < 0 || bestScore < 0) {
      throw new IllegalArgumentException("attempts and bestScore cannot be negative");
    }
  }

  /** This record after one more grading. */
  public DrillBest after(int score, boolean passed, long seconds) {
    OptionalLong fastest = fastestPassSeconds;
    if (passed && (fastest.isEmpty() || seconds < fastest.getAsLong())) {
      fastest = OptionalLong.of(seconds);
    }
    return new DrillBest(attempts + 1, Math.max(bestScore, score), fastest);
  }
}
