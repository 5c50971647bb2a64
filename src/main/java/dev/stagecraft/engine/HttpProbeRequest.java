package dev.stagecraft.engine;

import java.time.Duration;

/**
 * Start a container, wait until it answers HTTP on a port, take one response, stop it.
 *
 * @param run the container to start; its network is enabled for the probe (a published port needs
 *     one), its other limits stay
 * @param containerPort the TCP port the app listens on inside the container
 * @param path the request path, e.g. "/" or "/health"
 * @param timeout how long the app may take to answer at all
 */
public record HttpProbeRequest(RunRequest run, int containerPort, String path, Duration timeout) {

  public HttpProbeRequest {
    if (containerPort < 1 || containerPort > 65535) {
      throw new IllegalArgumentException("port must be 1 to 65535, not " + containerPort);
    }
    path = path.startsWith("/") ? path : "/" + path;
  }
}
