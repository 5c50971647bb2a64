package dev.stagecraft.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.stagecraft.dockerfile.DockerIgnore;
import dev.stagecraft.engine.buildkit.BuildSession;
import dev.stagecraft.engine.buildkit.SyncedDir;
import dev.stagecraft.engine.buildkit.wire.StatusResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one build with BuildKit, as {@code DOCKER_BUILDKIT=1 docker build} does: a session serves
 * the context and the Dockerfile, {@code POST /build?version=2} names it, and the status stream
 * becomes the same events and outcomes as {@link ImageBuilder}'s.
 */
final class BuildKitBuilder {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern EXIT_CODE = Pattern.compile("exit code: (\\d+)");

  /** BuildKit's wrapping of the Dockerfile frontend's own words. */
  private static final Pattern FRONTEND_PREFIX =
      Pattern.compile(
          "^(?:failed to solve with frontend dockerfile\\.v0: )?"
              + "(?:failed to (?:create LLB definition|solve): )?(?:rpc error: code = \\w+ desc = )?");

  private final EngineConnection connection;
  private final SessionResources resources;
  private final Map<String, String> sessionLabels;
  private final boolean offline;
  private final boolean fresh;

  BuildKitBuilder(
      EngineConnection connection, SessionResources session, boolean offline, boolean fresh) {
    this.connection = connection;
    this.resources = session;
    this.sessionLabels = session.labels();
    this.offline = offline;
    this.fresh = fresh;
  }

  BuiltImage build(BuildRequest request, Consumer<BuildEvent> events) throws BuildFailedException {
    long start = System.nanoTime();
    Path context = request.contextDir().toAbsolutePath().normalize();
    Path dockerfile = request.dockerfile().toAbsolutePath().normalize();
    String text;
    try {
      text = Files.readString(dockerfile);
    } catch (IOException e) {
      throw failure("Cannot read the Dockerfile " + dockerfile + ": " + e.getMessage());
    }
    if (!Files.isDirectory(context)) {
      throw failure("Cannot use the build context " + context + ": it is not a directory");
    }
    DockerfileSteps all = DockerfileSteps.scan(text);
    // Steps are counted up to the target's stage, as the classic builder counts them.
    DockerfileSteps steps = request.target().map(all::upToStage).orElse(all);
    BuildKitProgress progress = new BuildKitProgress(steps, events);
    Optional<Path> ignoreFile = ContextArchive.ignoreFile(context, dockerfile);
    DockerIgnore ignore;
    try {
      ignore =
          ignoreFile.isPresent()
              ? DockerIgnore.parse(Files.readString(ignoreFile.get()))
              : DockerIgnore.none();
    } catch (IOException e) {
      throw failure("Cannot read " + ignoreFile.get() + ": " + e.getMessage());
    }
    // BuildKit reads .dockerignore from the context itself: serve the one that applies there.
    Map<String, Path> contextOverlay =
        ignoreFile
            .filter(file -> !file.equals(context.resolve(DockerIgnore.FILE_NAME)))
            .map(file -> Map.of(DockerIgnore.FILE_NAME, file))
            .orElse(Map.of());
    Map<String, SyncedDir> dirs =
        Map.of(
            "context", new SyncedDir(Optional.of(context), ignore, contextOverlay),
            "dockerfile",
                new SyncedDir(
                    Optional.empty(), DockerIgnore.none(), Map.of("Dockerfile", dockerfile)));
    Map<String, byte[]> secrets = new HashMap<>();
    request
        .secrets()
        .forEach((id, value) -> secrets.put(id, value.getBytes(StandardCharsets.UTF_8)));

    String buildId = randomHex();
    // Counted until removed, so the session's end looks for it even after a broken-off build.
    resources.expectImage(request.tag());
    Outcome outcome;
    try (BuildSession session =
        BuildSession.open(
            connection.endpoint,
            connection.apiVersion.toString(),
            dirs,
            secrets,
            sharedKey(context))) {
      outcome = stream(query(request, session.id(), buildId), progress, buildId);
    } catch (IOException e) {
      throw failure(
          "Cannot start a BuildKit session with the Docker engine ("
              + EngineProblems.rootCause(e)
              + "). Build with the classic builder instead: --builder classic.");
    }
    progress.finish();
    if (outcome.error().isPresent()) {
      throw failed(outcome.error().get(), progress);
    }
    String imageId;
    try {
      imageId = connection.client.inspectImageCmd(request.tag()).exec().getId();
    } catch (DockerException e) {
      throw failure(
          "The build finished but its image "
              + request.tag()
              + " cannot be found: "
              + e.getMessage());
    }
    events.accept(new BuildEvent.Finished(imageId));
    return new BuiltImage(imageId, request.tag(), Duration.ofNanos(System.nanoTime() - start));
  }

  /** How a build stream ended: with an error message, or without. */
  private record Outcome(Optional<String> error) {}

  private String query(BuildRequest request, String sessionId, String buildId) {
    Map<String, String> labels = new LinkedHashMap<>(request.labels());
    labels.putAll(sessionLabels);
    Map<String, String> params = new LinkedHashMap<>();
    params.put("version", "2");
    params.put("session", sessionId);
    params.put("remote", "client-session");
    params.put("buildid", buildId);
    params.put("dockerfile", "Dockerfile");
    params.put("t", request.tag());
    params.put("labels", json(labels));
    params.put("buildargs", json(request.buildArgs()));
    params.put("rm", "1");
    params.put("forcerm", "1");
    params.put("pull", "0");
    if (request.noCache() || fresh) {
      params.put("nocache", "1");
    }
    if (offline) {
      params.put("networkmode", "none");
    }
    request.target().ifPresent(target -> params.put("target", target));
    StringBuilder path = new StringBuilder("/build?");
    params.forEach(
        (key, value) ->
            path.append(key).append('=').append(EngineConnection.encode(value)).append('&'));
    return path.substring(0, path.length() - 1);
  }

  private Outcome stream(String path, BuildKitProgress progress, String buildId)
      throws BuildFailedException {
    // The stream is read on its own thread so that an interrupted caller (Ctrl-C in the REPL) can
    // cancel the build on the engine instead of waiting for it.
    Outcome[] result = {new Outcome(Optional.of("the build stream ended without a result"))};
    RuntimeException[] broken = new RuntimeException[1];
    DockerHttpClient.Response response;
    try {
      response = connection.raw("POST", path);
    } catch (RuntimeException e) {
      throw failure(
          "The connection to the Docker engine failed during the build ("
              + EngineProblems.rootCause(e)
              + ")");
    }
    try (response) {
      if (response.getStatusCode() / 100 != 2) {
        return new Outcome(Optional.of(EngineConnection.errorMessage(response.getBody())));
      }
      Thread reader =
          new Thread(
              () -> {
                try {
                  result[0] = read(response.getBody(), progress);
                } catch (IOException | RuntimeException e) {
                  broken[0] =
                      new IllegalStateException(String.valueOf(EngineProblems.rootCause(e)), e);
                }
              },
              "stagecraft-buildkit-stream");
      reader.setDaemon(true);
      Runnable cancel = () -> cancel(buildId);
      OpenSessions.buildRunning(cancel);
      reader.start();
      try {
        reader.join();
      } catch (InterruptedException e) {
        cancel(buildId);
        Thread.currentThread().interrupt();
        throw failure("The build was interrupted.");
      } finally {
        OpenSessions.buildEnded(cancel);
      }
    }
    if (broken[0] != null) {
      throw failure(
          "the connection to the Docker engine failed during the build ("
              + broken[0].getMessage()
              + ")");
    }
    return result[0];
  }

  private static Outcome read(InputStream body, BuildKitProgress progress) throws IOException {
    Optional<String> error = Optional.empty();
    try (MappingIterator<JsonNode> messages = JSON.readerFor(JsonNode.class).readValues(body)) {
      while (messages.hasNextValue()) {
        JsonNode message = messages.nextValue();
        String id = message.path("id").asText("");
        if (id.equals("moby.buildkit.trace")) {
          byte[] bytes = Base64.getDecoder().decode(message.path("aux").asText(""));
          progress.accept(StatusResponse.parseFrom(bytes));
        } else if (message.hasNonNull("error")) {
          JsonNode detail = message.path("errorDetail").path("message");
          error = Optional.of(detail.asText(message.path("error").asText()));
        } else if (message.hasNonNull("stream")) {
          for (String line : message.path("stream").asText().split("\n")) {
            if (!line.isBlank()) {
              progress.remember(line.strip());
            }
          }
        }
      }
    }
    return new Outcome(error);
  }

  private void cancel(String buildId) {
    try {
      // The engine stops the build's steps; what they made goes with them.
      connection.raw("POST", "/build/cancel?id=" + EngineConnection.encode(buildId)).close();
    } catch (RuntimeException e) {
      // The engine went away: nothing is left to cancel.
    }
  }

  private static BuildFailedException failed(String engineWords, BuildKitProgress progress) {
    Optional<BuildKitProgress.FailedStep> step = progress.failedStep();
    if (step.isPresent() && step.get().step().isPresent()) {
      BuildKitProgress.FailedStep failedStep = step.get();
      String words = failedStep.error().isEmpty() ? engineWords : failedStep.error();
      Matcher code = EXIT_CODE.matcher(words);
      Optional<Integer> exitCode =
          code.find() ? Optional.of(Integer.parseInt(code.group(1))) : Optional.empty();
      Optional<Integer> line = failedStep.line();
      progress.remember(words.strip());
      // The step's own output; the engine's words only when it printed nothing.
      String log = failedStep.log().isEmpty() ? words.strip() : failedStep.log();
      return new BuildFailedException(
          ImageBuilder.stepFailure(
              line, failedStep.step().get(), failedStep.instruction(), exitCode, words),
          line,
          exitCode,
          failedStep.instruction(),
          log);
    }
    // Refused before any step ran: a syntax error, an unknown stage or base image.
    String message = FRONTEND_PREFIX.matcher(engineWords.strip()).replaceFirst("");
    progress.remember(message);
    return new BuildFailedException(
        message, DockerfileSteps.lineInError(message), Optional.empty(), "", progress.tail());
  }

  private static String json(Map<String, String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (IOException e) {
      throw new IllegalStateException("a map of strings is always JSON", e);
    }
  }

  /** The same context directory gets the same key, so BuildKit sends only what changed. */
  private static String sharedKey(Path context) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(context.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      return context.toString();
    }
  }

  private static String randomHex() {
    byte[] bytes = new byte[16];
    ThreadLocalRandom.current().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static BuildFailedException failure(String message) {
    return new BuildFailedException(message, Optional.empty(), Optional.empty(), "", "");
  }
}
