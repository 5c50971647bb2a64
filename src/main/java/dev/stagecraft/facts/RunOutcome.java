package dev.stagecraft.facts;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** How one sandboxed run of the image ended. Output is capped by the engine adapter. */
public sealed interface RunOutcome {

  /** The container started and ended by itself or was stopped at the time limit. */
  record Finished(int exitCode, String stdout, String stderr, boolean timedOut, Duration duration)
      implements RunOutcome {}

  /** The container could not be started at all, e.g. its entrypoint does not exist. */
  record FailedToStart(String reason) implements RunOutcome {}

  /**
   * A server run answered HTTP: its first response, and its answers to the other paths asked in the
   * same run, by path.
   */
  record Served(int status, String body, Duration untilAnswer, Map<String, Answer> others)
      implements RunOutcome {

    /** Only one path was asked. */
    public Served(int status, String body, Duration untilAnswer) {
      this(status, body, untilAnswer, Map.of());
    }

    public Served {
      others = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(others));
    }
  }

  /**
   * The answer to one more path: a status and body, or why the request failed.
   *
   * @param status empty when the request failed (the app closed the connection)
   */
  record Answer(Optional<Integer> status, String body, Optional<String> failure) {}

  /** A server run never answered HTTP; {@code logs} is what it printed meanwhile. */
  record NotServing(String reason, String logs) implements RunOutcome {}
}
