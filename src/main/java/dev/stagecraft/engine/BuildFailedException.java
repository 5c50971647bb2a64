package dev.stagecraft.engine;

import java.util.Optional;

/**
 * The engine refused or failed a build: a Dockerfile syntax error (before any step ran) or a step
 * that failed. Carries the Dockerfile line when it could be found.
 */
public final class BuildFailedException extends EngineException {

  private final Optional<Integer> dockerfileLine;
  private final Optional<Integer> exitCode;
  private final String step;
  private final String logTail;

  public BuildFailedException(
      String message,
      Optional<Integer> dockerfileLine,
      Optional<Integer> exitCode,
      String step,
      String logTail) {
    super(message);
    this.dockerfileLine = dockerfileLine;
    this.exitCode = exitCode;
    this.step = step;
    this.logTail = logTail;
  }

  /** The 1-based line of the Dockerfile where the failing instruction starts, when known. */
  public Optional<Integer> dockerfileLine() {
    return dockerfileLine;
  }

  /** The exit code of a failing RUN step; empty for syntax errors and other refusals. */
  public Optional<Integer> exitCode() {
    return exitCode;
  }

  /** The instruction that failed as the engine printed it ("RUN make"), or "" before any step. */
  public String step() {
    return step;
  }

  /** The last lines of build output before the failure, for showing the learner. */
  public String logTail() {
    return logTail;
  }
}
