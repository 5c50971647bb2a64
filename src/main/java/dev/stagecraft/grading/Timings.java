package dev.stagecraft.grading;

import java.time.Duration;

/**
 * Where grading time went; reports print it and benchmarks compare it with a plain build.
 *
 * @param buildReused true when no build ran: the image of the last check, unchanged since, was
 *     graded again
 */
public record Timings(
    Duration analyse,
    Duration build,
    Duration gather,
    Duration checks,
    Duration total,
    boolean buildReused) {

  /** Timings of a grade whose image was built (or not built at all). */
  public Timings(
      Duration analyse, Duration build, Duration gather, Duration checks, Duration total) {
    this(analyse, build, gather, checks, total, false);
  }
}
