package dev.stagecraft.practice;

import dev.stagecraft.course.Drill;
import dev.stagecraft.course.Exercise;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A drill under way: the working copy of its broken Dockerfile and when the clock started.
 *
 * @param drill the drill
 * @param exercise the exercise whose context and checks grade it
 * @param workingFile the learner's copy, to be edited and graded
 * @param startedAt when the clock started
 */
public record DrillRun(Drill drill, Exercise exercise, Path workingFile, Instant startedAt) {

  /** Time spent by {@code now}. */
  public Duration elapsed(Instant now) {
    Duration spent = Duration.between(startedAt, now);
    return spent.isNegative() ? Duration.ZERO : spent;
  }

  /** Time left for the bonus by {@code now}; zero once the limit is past. */
  public Duration remaining(Instant now) {
    Duration left = drill.timeLimit().minus(elapsed(now));
    return left.isNegative() ? Duration.ZERO : left;
  }
}
