package dev.stagecraft.engine;

import java.time.Duration;
import java.util.List;

/**
 * Start a container, wait until it answers HTTP on a port, ask it for each path, stop it.
 *
 * @param run the container to start; its network is enabled for the probe (a published port needs
 *     one), its other limits stay
 * @param containerPort the TCP port the app listens on inside the container
 * @param paths the request paths, e.g. "/" or "/health": the first is polled until the app answers
 *     at all, then each other one is asked once, in the same run
 * @param timeout how long the app may take to answer at all
 */
public record HttpProbeRequest(
    RunRequest run, int containerPort, List<String> paths, Duration timeout) {

  public HttpProbeRequest {
    if (containerPort < 1 || containerPort > 65535) {
      throw new IllegalArgumentException("port must be 1 to 65535, not " + containerPort);
    }
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("at least one path to ask for");
    }
    paths = paths.stream().map(p -> p.startsWith("/") ? p : "/" + p).toList();
  }

  /** One path. */
  public HttpProbeRequest(RunRequest run, int containerPort, String path, Duration timeout) {
    this(run, containerPort, List.of(path), timeout);
  }

  /** The path polled until the app answers. */
  public String path() {
    return paths.get(0);
  }
}
