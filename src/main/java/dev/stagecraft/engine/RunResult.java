package dev.stagecraft.engine;

import java.time.Duration;

/**
 * How a run ended. Output is capped ({@link #OUTPUT_CAP_BYTES} each); a timed-out run was killed
 * and its exit code is the one the engine reported after the kill.
 */
public record RunResult(
    int exitCode,
    String stdout,
    String stderr,
    boolean timedOut,
    Duration duration,
    boolean outputTruncated) {

  /** The most bytes kept of each of stdout and stderr. */
  public static final int OUTPUT_CAP_BYTES = 64 * 1024;

  /** True when the program ran to its end and exited 0. */
  public boolean succeeded() {
    return !timedOut && exitCode == 0;
  }
}
