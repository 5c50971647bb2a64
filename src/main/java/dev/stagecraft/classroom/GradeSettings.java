package dev.stagecraft.classroom;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How a class is graded.
 *
 * @param exerciseIds the exercises every submission is graded on, in report order
 * @param engines where to grade; work goes to whichever engine is free, so a fast one takes more
 * @param jobsPerEngine submissions graded at once on each engine
 * @param timeout the most one submission may take (fetch, build, checks); past it, it is broken
 * @param cacheDirectory where results of unchanged submissions are kept between runs
 * @param regrade grade everything again, ignoring kept results
 * @param toolVersion stagecraft's version: a new one grades everything again
 */
public record GradeSettings(
    List<String> exerciseIds,
    List<EngineTarget> engines,
    int jobsPerEngine,
    Duration timeout,
    Path cacheDirectory,
    boolean regrade,
    String toolVersion) {

  /** Ten minutes: a cold build of the heaviest exercise on a slow laptop takes about three. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

  public GradeSettings {
    exerciseIds = List.copyOf(exerciseIds);
    engines = List.copyOf(engines);
    if (jobsPerEngine < 1) {
      throw new IllegalArgumentException("--jobs must be at least 1, not " + jobsPerEngine);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("--timeout must be longer than zero");
    }
  }
}
