package dev.stagecraft.engine;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Starts a container with its port published on the loopback interface only, polls it until it
 * answers HTTP, and always removes it. Only 127.0.0.1 is ever contacted.
 */
final class HttpProber {

  private static final int BODY_CAP_BYTES = 64 * 1024;
  private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

  private final EngineConnection connection;
  private final SessionResources session;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  HttpProber(EngineConnection connection, SessionResources session) {
    this.connection = connection;
    this.session = session;
  }

  HttpProbeResult probe(HttpProbeRequest request) throws EngineException {
    long start = System.nanoTime();
    String id =
        ConfinedContainers.create(
            connection, session, request.run(), Optional.of(request.containerPort()));
    try {
      try {
        connection.client.startContainerCmd(id).exec();
      } catch (DockerException e) {
        return noAnswer(start, "the app could not start: " + ImageBuilder.engineMessage(e), id);
      }
      Optional<Integer> hostPort = hostPort(id, request.containerPort());
      if (hostPort.isEmpty()) {
        // An app that exited at once has no published ports left: name the exit, not the port.
        Optional<String> ended = ended(id);
        return noAnswer(
            start, ended.orElse("the engine published no port for " + request.containerPort()), id);
      }
      String base = "http://127.0.0.1:" + hostPort.get();
      URI uri = URI.create(base + request.path());
      long deadline = start + request.timeout().toNanos();
      while (System.nanoTime() < deadline) {
        Optional<HttpResponse<byte[]>> response = get(uri);
        if (response.isPresent()) {
          Duration waited = since(start);
          List<HttpProbeResult.Answer> others = new ArrayList<>();
          for (String path : request.paths().subList(1, request.paths().size())) {
            others.add(ask(base, path));
          }
          return new HttpProbeResult(
              Optional.of(response.get().statusCode()),
              text(response.get()),
              waited,
              Optional.empty(),
              "",
              others);
        }
        Optional<String> ended = ended(id);
        if (ended.isPresent()) {
          return noAnswer(start, ended.get(), id);
        }
        sleep(POLL_INTERVAL);
      }
      return noAnswer(
          start,
          "nothing answered on port "
              + request.containerPort()
              + " within "
              + request.timeout().toSeconds()
              + " s",
          id);
    } finally {
      session.removeContainer(id);
    }
  }

  private Optional<Integer> hostPort(String id, int containerPort) {
    try {
      Ports ports =
          connection.client.inspectContainerCmd(id).exec().getNetworkSettings().getPorts();
      Ports.Binding[] bound = ports.getBindings().get(ExposedPort.tcp(containerPort));
      return bound == null
          ? Optional.empty()
          : Arrays.stream(bound)
              .map(Ports.Binding::getHostPortSpec)
              .filter(spec -> spec != null && spec.matches("\\d+"))
              .map(Integer::parseInt)
              .findFirst();
    } catch (DockerException e) {
      return Optional.empty();
    }
  }

  private Optional<HttpResponse<byte[]>> get(URI uri) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
      return Optional.of(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    } catch (IOException e) {
      // Not listening yet (connection refused or reset while starting): poll again.
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** One more path, asked once: the app answered the first, so it is up. */
  private HttpProbeResult.Answer ask(String base, String path) {
    URI uri;
    try {
      uri = URI.create(base + path);
    } catch (IllegalArgumentException e) {
      return new HttpProbeResult.Answer(
          path, Optional.empty(), "", Optional.of("not a valid request path"));
    }
    Optional<HttpResponse<byte[]>> response = get(uri);
    return response
        .map(
            r ->
                new HttpProbeResult.Answer(
                    path, Optional.of(r.statusCode()), text(r), Optional.empty()))
        .orElseGet(
            () ->
                new HttpProbeResult.Answer(
                    path, Optional.empty(), "", Optional.of("the connection failed")));
  }

  private static String text(HttpResponse<byte[]> response) {
    byte[] body = response.body();
    return new String(body, 0, Math.min(body.length, BODY_CAP_BYTES), StandardCharsets.UTF_8);
  }

  /**
   * Why the app is no longer there to answer, or empty while it runs: it exited (with its code), or
   * it never ran at all (whatever code the engine shows for that; Podman shows 0).
   */
  private Optional<String> ended(String id) {
    try {
      InspectContainerResponse.ContainerState state =
          connection.client.inspectContainerCmd(id).exec().getState();
      if (state == null || Boolean.TRUE.equals(state.getRunning())) {
        return Optional.empty();
      }
      if (ContainerStates.neverRan(state)) {
        return Optional.of("the app could not start: " + ContainerStates.whyNotRan(state));
      }
      return Optional.ofNullable(state.getExitCodeLong())
          .map(code -> "the app exited with code " + code + " before answering");
    } catch (DockerException e) {
      return Optional.empty();
    }
  }

  private HttpProbeResult noAnswer(long start, String why, String id) {
    return new HttpProbeResult(Optional.empty(), "", since(start), Optional.of(why), logs(id));
  }

  private String logs(String id) {
    StringBuilder out = new StringBuilder();
    try {
      connection
          .client
          .logContainerCmd(id)
          .withStdOut(true)
          .withStdErr(true)
          .withTail(40)
          .exec(
              new com.github.dockerjava.api.async.ResultCallback.Adapter<
                  com.github.dockerjava.api.model.Frame>() {
                @Override
                public void onNext(com.github.dockerjava.api.model.Frame frame) {
                  if (out.length() < BODY_CAP_BYTES) {
                    out.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                  }
                }
              })
          .awaitCompletion(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (DockerException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return out.toString();
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
