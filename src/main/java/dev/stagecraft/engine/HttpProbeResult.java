package dev.stagecraft.engine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the probed app answered, or why it never did.
 *
 * @param status the HTTP status of the first response, empty when none came
 * @param body the start of the response body (capped)
 * @param waited from start until the first response, or until giving up
 * @param failure why there was no response ("exited with code 1", "no answer within 20 s")
 * @param logs the container's output, capped, to show with a failure
 * @param others the answers to the request's other paths, in order, asked once the first answered
 */
public record HttpProbeResult(
    Optional<Integer> status,
    String body,
    Duration waited,
    Optional<String> failure,
    String logs,
    List<Answer> others) {

  /** Only the first path was asked. */
  public HttpProbeResult(
      Optional<Integer> status,
      String body,
      Duration waited,
      Optional<String> failure,
      String logs) {
    this(status, body, waited, failure, logs, List.of());
  }

  public HttpProbeResult {
    others = List.copyOf(others);
  }

  /**
   * The answer to one more path.
   *
   * @param status the HTTP status, empty when the request itself failed (see {@code failure})
   */
  public record Answer(
      String path, Optional<Integer> status, String body, Optional<String> failure) {}
}
