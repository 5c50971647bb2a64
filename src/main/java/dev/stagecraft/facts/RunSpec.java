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
 * @param http when present, the container is a server: it is started, asked over HTTP on a port
 *     published on 127.0.0.1 (each of its paths once it answers the first), and stopped; its
 *     outcome is then {@link RunOutcome.Served} or {@link RunOutcome.NotServing}
 */
public record RunSpec(
    Optional<List<String>> entrypoint,
    Optional<List<String>> command,
    List<String> env,
    boolean network,
    Duration timeout,
    Optional<HttpRequestSpec> http) {

  /** A run to the end of the program. */
  public RunSpec(
      Optional<List<String>> entrypoint,
      Optional<List<String>> command,
      List<String> env,
      boolean network,
      Duration timeout) {
    this(entrypoint, command, env, network, timeout, Optional.empty());
  }

  /** Runs the image as it would run in production: its own entrypoint and command. */
  public static RunSpec asShipped(Duration timeout) {
    return new RunSpec(Optional.empty(), Optional.empty(), List.of(), false, timeout);
  }

  /** Runs the image as shipped and asks it for {@code path} on {@code port}. */
  public static RunSpec serving(int port, String path, Duration timeout) {
    return serving(port, List.of(path), timeout);
  }

  /** Runs the image as shipped and asks it for each of {@code paths}, in one run. */
  public static RunSpec serving(int port, List<String> paths, Duration timeout) {
    return new RunSpec(
        Optional.empty(),
        Optional.empty(),
        List.of(),
        true,
        timeout,
        Optional.of(new HttpRequestSpec(port, paths)));
  }

  /**
   * HTTP GETs to the app: the port it listens on in the container, and the paths, the first polled
   * until the app answers.
   */
  public record HttpRequestSpec(int port, List<String> paths) {

    public HttpRequestSpec {
      paths = List.copyOf(paths);
    }

    /** The first path, polled until the app answers. */
    public String path() {
      return paths.get(0);
    }
  }
}
