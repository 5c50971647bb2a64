package dev.stagecraft.facts;

import java.util.List;
import java.util.Optional;

/**
 * How an extra build ended: built (with its uncompressed size) or not (with the reason and line).
 */
public sealed interface BuildOutcome {

  /**
   * @param steps the Dockerfile's steps as the builder ran them, each with whether it came from the
   *     build cache; recorded for builds after a {@link ContextChange}, empty otherwise
   */
  record Built(long sizeBytes, List<BuiltStep> steps) implements BuildOutcome {
    public Built {
      steps = List.copyOf(steps);
    }

    public Built(long sizeBytes) {
      this(sizeBytes, List.of());
    }
  }

  record Failed(String message, Optional<Integer> line) implements BuildOutcome {}

  /**
   * A build after a {@link ContextChange} could not be judged because the Dockerfile did not build
   * even without the change.
   */
  record FailedBeforeChange(String message, Optional<Integer> line) implements BuildOutcome {}

  /**
   * Not built: the build would be at least {@code sizeBytes}, the size of {@code baseImage}, the
   * image its final stage starts from, since a build only stacks layers on its base. Enough to pass
   * a comparison that asks for less; a check it cannot decide gets a real build instead.
   */
  record AtLeast(long sizeBytes, String baseImage) implements BuildOutcome {}

  /**
   * The build could not be tried: no such Dockerfile, or the engine failed.
   *
   * @param interruption present when the engine was at fault
   */
  record Unavailable(String reason, Optional<EngineInterruption> interruption)
      implements BuildOutcome {

    public Unavailable(String reason) {
      this(reason, Optional.empty());
    }
  }

  /**
   * One step of a build.
   *
   * @param number the builder's step number, from 1
   * @param instruction the instruction as the builder printed it ("RUN npm ci --offline")
   * @param line the Dockerfile line it starts on, or 0 when unknown
   * @param cached whether the builder took it from the build cache
   */
  record BuiltStep(int number, String instruction, int line, boolean cached) {}
}
