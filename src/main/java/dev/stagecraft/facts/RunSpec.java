package dev.stagecraft.facts;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A run of the built image that a check needs; the facts gatherer performs each distinct one once.
 *
 * @param command the command to run instead of the image's CMD; empty runs the image as it is
 * @param entrypoint replaces the image's entrypoint when present
 * @param network whether the container gets a network (off by default: grading is sandboxed)
 */
public record RunSpec(
    Optional<List<String>> entrypoint,
    Optional<List<String>> command,
    List<String> env,
    boolean network,
    Duration timeout) {

  /** Runs the image as it would run in production: its own entrypoint and command. */
  public static RunSpec asShipped(Duration timeout) {
    return new RunSpec(Optional.empty(), Optional.empty(), List.of(), false, timeout);
  }
}
