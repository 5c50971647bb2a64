package dev.stagecraft.facts;

import java.time.Duration;
import java.util.Optional;

/** How a build-and-inspect ended. */
public sealed interface LabOutcome {

  /**
   * The image built and its facts were gathered.
   *
   * @param reused true when no build ran: the image of the last check was graded, since nothing it
   *     is built from changed
   */
  record Inspected(ImageFacts facts, Duration buildTime, Duration gatherTime, boolean reused)
      implements LabOutcome {

    /** An image built by this check. */
    public Inspected(ImageFacts facts, Duration buildTime, Duration gatherTime) {
      this(facts, buildTime, gatherTime, false);
    }
  }

  /**
   * The Dockerfile did not build.
   *
   * @param line the Dockerfile line of the failing instruction, when known
   * @param exitCode the failing RUN's exit code, when that is what failed
   * @param logTail the last lines of build output, for context
   */
  record BuildFailed(
      String message,
      Optional<Integer> line,
      Optional<Integer> exitCode,
      String logTail,
      Duration buildTime)
      implements LabOutcome {}

  /** The engine failed or went away; the learner's work is not to blame. */
  record EngineFailed(EngineInterruption interruption) implements LabOutcome {

    /** One line: what happened and where. */
    public String message() {
      return interruption.summary();
    }
  }
}
