package dev.stagecraft.facts;

import java.util.Optional;

/**
 * How an extra build ended: built (with its uncompressed size) or not (with the reason and line).
 */
public sealed interface BuildOutcome {

  record Built(long sizeBytes) implements BuildOutcome {}

  record Failed(String message, Optional<Integer> line) implements BuildOutcome {}

  /** The build could not be tried: no such Dockerfile, or the engine failed. */
  record Unavailable(String reason) implements BuildOutcome {}
}
