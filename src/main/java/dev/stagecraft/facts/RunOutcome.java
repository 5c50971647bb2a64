package dev.stagecraft.facts;

import java.time.Duration;

/** How one sandboxed run of the image ended. Output is capped by the engine adapter. */
public sealed interface RunOutcome {

  /** The container started and ended by itself or was stopped at the time limit. */
  record Finished(int exitCode, String stdout, String stderr, boolean timedOut, Duration duration)
      implements RunOutcome {}

  /** The container could not be started at all, e.g. its entrypoint does not exist. */
  record FailedToStart(String reason) implements RunOutcome {}

  /** A server run answered HTTP: its first response. */
  record Served(int status, String body, Duration untilAnswer) implements RunOutcome {}

  /** A server run never answered HTTP; {@code logs} is what it printed meanwhile. */
  record NotServing(String reason, String logs) implements RunOutcome {}
}
