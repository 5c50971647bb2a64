package dev.stagecraft.practice;

import java.time.Duration;

/**
 * A drill's score: up to {@value #CHECK_POINTS} points for the share of checks that pass, and up to
 * {@value #TIME_POINTS} more for the time left on the clock when every check passes. Over the time
 * limit there is no bonus; a partial fix earns none either, so stopping early never beats fixing.
 */
public final class DrillScore {

  /** Points for passing every check. */
  public static final int CHECK_POINTS = 100;

  /** The most the time bonus adds: a fix handed in at once. */
  public static final int TIME_POINTS = 50;

  /** The highest score there is. */
  public static final int MAX = CHECK_POINTS + TIME_POINTS;

  private DrillScore() {}

  /**
   * The score of a grading.
   *
   * @param passed how many checks passed
   * @param total how many checks there were (a skipped check counts, as not passed)
   * @param elapsed time from the start of the drill to the grading
   * @param limit the drill's time limit
   */
  public static int score(int passed, int total, Duration elapsed, Duration limit) {
    if (total <= 0 || passed < 0 || passed > total) {
      throw new IllegalArgumentException(passed + " of " + total + " checks is no grade");
    }
    int checks = Math.round((float) CHECK_POINTS * passed / total);
    return passed == total ? checks + timeBonus(elapsed, limit) : checks;
  }

  /** The bonus for a full pass after {@code elapsed}: all of it at once, none at the limit. */
  public static int timeBonus(Duration elapsed, Duration limit) {
    if (limit.isZero() || limit.isNegative() || elapsed.compareTo(limit) >= 0) {
      return 0;
    }
    double left = 1.0 - (double) Math.max(0, elapsed.toMillis()) / limit.toMillis();
    return (int) Math.round(TIME_POINTS * left);
  }
}
