package dev.stagecraft.engine;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLException;

/** Turns a failure to reach the engine into one or two lines that say what to do. */
final class EngineProblems {

  private static final String START_DOCKER =
      "Start Docker (sudo systemctl start docker, or dockerd &) or set DOCKER_HOST.";

  private EngineProblems() {}

  static void checkScheme(URI endpoint) throws EngineUnavailableException {
    String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme();
    switch (scheme) {
      case "unix", "tcp", "npipe" -> {}
      case "ssh" ->
          throw new EngineUnavailableException(
              "DOCKER_HOST is "
                  + endpoint
                  + ", but stagecraft cannot reach an engine over ssh.\n"
                  + "Forward the socket (ssh -nNT -L /tmp/docker.sock:/var/run/docker.sock HOST)"
                  + " and set DOCKER_HOST=unix:///tmp/docker.sock.");
      default ->
          throw new EngineUnavailableException(
              "DOCKER_HOST is "
                  + endpoint
                  + ": stagecraft understands unix://, tcp:// and npipe:// addresses only.");
    }
  }

  /** Fails early, with a precise reason, when a unix socket cannot be used at all. */
  static void checkReachable(URI endpoint) throws EngineUnavailableException {
    if (!"unix".equals(endpoint.getScheme())) {
      return;
    }
    Path socket = Path.of(endpoint.getPath());
    if (!Files.exists(socket)) {
      throw new EngineUnavailableException(
          "No Docker engine at " + endpoint + ": the socket does not exist. " + START_DOCKER);
    }
    if (!Files.isReadable(socket) || !Files.isWritable(socket)) {
      throw new EngineUnavailableException(
          "No permission to use the Docker socket "
              + socket
              + ".\nAdd yourself to the docker group (sudo usermod -aG docker $USER, then log in"
              + " again) or run as root.");
    }
  }

  static EngineUnavailableException unreachable(URI endpoint, Throwable failure) {
    Throwable root = rootCause(failure);
    String reason;
    Throwable timeout = failure;
    while (timeout != null && !(timeout instanceof QuickCallTimeout)) {
      timeout = timeout.getCause() == timeout ? null : timeout.getCause();
    }
    if (timeout != null) {
      return new EngineUnavailableException(
          "The Docker engine at "
              + endpoint
              + " accepts connections but does not answer ("
              + timeout.getMessage()
              + "). Check that Docker responds (docker info); restart it if it hangs.",
          failure);
    }
    if (root instanceof ConnectException) {
      reason = "nothing answers there";
    } else if (root instanceof UnknownHostException) {
      reason = "the host name is unknown";
    } else if (root instanceof SSLException) {
      reason = "the TLS handshake failed (" + root.getMessage() + "); check DOCKER_CERT_PATH";
    } else {
      reason = String.valueOf(root.getMessage());
    }
    return new EngineUnavailableException(
        "No Docker engine at " + endpoint + ": " + reason + ". " + START_DOCKER, failure);
  }

  static Throwable rootCause(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }
}
