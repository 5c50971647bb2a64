package dev.stagecraft.engine;

import java.time.Duration;
import java.util.Optional;

/**
 * How a run ended. Output is capped ({@link #OUTPUT_CAP_BYTES} each); a timed-out run was killed
 * and its exit code is the one the engine reported after the kill.
 *
 * @param notStarted why the program never ran (its entrypoint is missing, the engine refused to
 *     start it), when it never reached the running state. Its exit code then means nothing: Docker
 *     records 127, Podman leaves 0
 */
public record RunResult(
    int exitCode,
    String stdout,
    String stderr,
    boolean timedOut,
    Duration duration,
    boolean outputTruncated,
    Optional<String> notStarted) {

  /** A run that started. */
  public RunResult(
      int exitCode,
      String stdout,
      String stderr,
      boolean timedOut,
      Duration duration,
      boolean outputTruncated) {
    this(exitCode, stdout, stderr, timedOut, duration, outputTruncated, Optional.empty());
  }

  /** The most bytes kept of each of stdout and stderr. */
  public static final int OUTPUT_CAP_BYTES = 64 * 1024;

  /** True when the program ran to its end and exited 0. */
  public boolean succeeded() {
    return notStarted.isEmpty() && !timedOut && exitCode == 0;
  }

  /** True when the program reached the running state at all. */
  public boolean started() {
    return notStarted.isEmpty();
  }
}
