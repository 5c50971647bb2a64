package dev.stagecraft.engine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One short-lived container run, confined by default: no network, 256 MB memory, 256 processes.
 *
 * @param command replaces the image's CMD when present
 * @param entrypoint replaces the image's ENTRYPOINT when present
 * @param env extra {@code NAME=value} entries
 * @param user runs as this user instead of the image's when present
 */
public record RunRequest(
    String image,
    Optional<List<String>> command,
    Optional<List<String>> entrypoint,
    List<String> env,
    boolean networkDisabled,
    long memoryBytes,
    long pidsLimit,
    Duration timeout,
    Optional<String> user) {

  public static final long DEFAULT_MEMORY_BYTES = 256L * 1024 * 1024;
  public static final long DEFAULT_PIDS_LIMIT = 256;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  public RunRequest {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("a run needs a positive timeout, not " + timeout);
    }
    if (memoryBytes < 6 * 1024 * 1024) {
      // The engine refuses less than 6 MB; say so here, where the number was chosen.
      throw new IllegalArgumentException("a run needs at least 6 MB of memory, not " + memoryBytes);
    }
    if (pidsLimit < 1) {
      throw new IllegalArgumentException(
          "a run needs a pids limit of at least 1, not " + pidsLimit);
    }
    command = command.map(List::copyOf);
    entrypoint = entrypoint.map(List::copyOf);
    env = List.copyOf(env);
  }

  /** Runs {@code image} as it is configured, with the defaults. */
  public static RunRequest of(String image) {
    return new RunRequest(
        image,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        true,
        DEFAULT_MEMORY_BYTES,
        DEFAULT_PIDS_LIMIT,
        DEFAULT_TIMEOUT,
        Optional.empty());
  }

  public RunRequest withCommand(List<String> value) {
    return new RunRequest(
        image,
        Optional.of(value),
        entrypoint,
        env,
        networkDisabled,
        memoryBytes,
        pidsLimit,
        timeout,
        user);
  }

  public RunRequest withEntrypoint(List<String> value) {
    return new RunRequest(
        image,
        command,
        Optional.of(value),
        env,
        networkDisabled,
        memoryBytes,
        pidsLimit,
        timeout,
        user);
  }

  public RunRequest withEnv(List<String> value) {
    return new RunRequest(
        image, command, entrypoint, value, networkDisabled, memoryBytes, pidsLimit, timeout, user);
  }

  public RunRequest withTimeout(Duration value) {
    return new RunRequest(
        image, command, entrypoint, env, networkDisabled, memoryBytes, pidsLimit, value, user);
  }

  public RunRequest withUser(String value) {
    return new RunRequest(
        image,
        command,
        entrypoint,
        env,
        networkDisabled,
        memoryBytes,
        pidsLimit,
        timeout,
        Optional.of(value));
  }

  public RunRequest withNetwork(boolean enabled) {
    return new RunRequest(
        image, command, entrypoint, env, !enabled, memoryBytes, pidsLimit, timeout, user);
  }
}
