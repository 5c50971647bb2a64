package dev.stagecraft.engine;

import com.github.dockerjava.api.command.InspectContainerResponse.ContainerState;

/**
 * Reads a container's state the same way on every engine. A container whose program never ran (its
 * entrypoint is missing or not executable) shows an exit code that means nothing: Docker records
 * 127, Podman leaves 0 with the state {@code created}. What tells it apart everywhere is that it
 * never reached the running state: still {@code created}, or no start time.
 */
final class ContainerStates {

  /** How an engine writes "never" for a time: Go's zero time. */
  private static final String ZERO_TIME_PREFIX = "0001-01-01";

  private ContainerStates() {}

  /** True when the container never reached the running state. */
  static boolean neverRan(ContainerState state) {
    if (state == null) {
      return false;
    }
    if (Boolean.TRUE.equals(state.getRunning())) {
      return false;
    }
    String status = state.getStatus();
    // Docker and Podman say "created"; Podman may also leave a container "configured".
    if (status != null
        && (status.equalsIgnoreCase("created") || status.equalsIgnoreCase("configured"))) {
      return true;
    }
    String startedAt = state.getStartedAt();
    return startedAt == null || startedAt.isBlank() || startedAt.startsWith(ZERO_TIME_PREFIX);
  }

  /** Why it never ran, as the engine recorded it, or a plain sentence when it recorded nothing. */
  static String whyNotRan(ContainerState state) {
    String error = state == null ? null : state.getError();
    return error == null || error.isBlank()
        ? "the container never reached the running state"
        : error.strip();
  }
}
