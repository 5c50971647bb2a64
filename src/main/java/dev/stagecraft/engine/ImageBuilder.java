package dev.stagecraft.engine;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.BuildImageCmd;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
import dev.stagecraft.dockerfile.DockerfileParser;
import dev.stagecraft.dockerfile.Stage;
import dev.stagecraft.dockerfile.StageGraph;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs one build on the classic builder and turns its stream into events and outcomes. */
final class ImageBuilder {

  /** The classic builder says "returned a non-zero code: 2"; Podman's "exit status 2". */
  private static final Pattern EXIT_CODE =
      Pattern.compile("(?:non-zero code|exit status):? (\\d+)");

  private static final Pattern PODMAN_STEP_DUMP =
      Pattern.compile("\\s*&imagebuilder\\.Step\\{.*$", Pattern.DOTALL);

  /**
   * A builder's words for a failed RUN that only repeat the instruction and its exit code, which
   * the message already gives: the classic builder's "The command ... returned a non-zero code: 2",
   * Podman's "building at STEP ...: while running runtime: exit status 2", BuildKit's "executor
   * failed running [...]: exit code: 2" (Docker 20.10) or "process ... did not complete
   * successfully: exit code: 2".
   */
  private static final Pattern COMMAND_FAILED =
      Pattern.compile(
          "(?s)^(The command .* returned a non-zero code: \\d+"
              + "|building at STEP .*: while running runtime: exit status \\d+"
              + "|executor failed running \\[.*\\]: exit code: \\d+"
              + "|process \".*\" did not complete successfully: exit code: \\d+)$");

  private final EngineConnection connection;
  private final SessionResources session;
  private final Map<String, String> sessionLabels;

  /** No network for the build's steps: proves it needs none. */
  private final boolean offline;

  /** No cached step either: proves the steps themselves need no network. */
  private final boolean fresh;

  ImageBuilder(
      EngineConnection connection, SessionResources session, boolean offline, boolean fresh) {
    this.connection = connection;
    this.session = session;
    this.offline = offline;
    this.fresh = fresh;
    this.sessionLabels = session.labels();
  }

  BuiltImage build(BuildRequest request, Consumer<BuildEvent> events)
      throws BuildFailedException, EngineTroubleException {
    long start = System.nanoTime();
    String text;
    try {
      text = Files.readString(request.dockerfile());
    } catch (IOException e) {
      throw failure("Cannot read the Dockerfile " + request.dockerfile() + ": " + e.getMessage());
    }
    DockerfileSteps all = DockerfileSteps.scan(text);
    DockerfileSteps steps = request.target().map(all::upToStage).orElse(all);
    Map<String, String> labels = new HashMap<>(request.labels());
    labels.putAll(sessionLabels);
    BuildJournal journal = session.journal();
    journal.started(baseImageIds(text));
    BuildProgress progress =
        new BuildProgress(
            steps, labels.size(), events, session::recordStepImage, journal::made, journal::ran);
    try {
      BuiltImage built = build(request, events, progress, labels, start);
      journal.done();
      return built;
    } catch (BuildFailedException e) {
      journal.done();
      throw e;
    }
    // An engine that went away leaves the build unfinished in the journal: a later session looks
    // for the step images and containers it may have left.
  }

  /**
   * The ids of the images the Dockerfile's stages start FROM, as far as they exist: a killed
   * build's unrecorded step images are found by their parent chain leading to one of them.
   */
  private Set<String> baseImageIds(String dockerfileText) {
    Set<String> ids = new java.util.HashSet<>();
    try {
      StageGraph graph = StageGraph.of(DockerfileParser.parse(dockerfileText, "Dockerfile"));
      for (Stage stage : graph.dockerfile().stages()) {
        String image = graph.rootImage(stage);
        if (graph.isExternalImage(stage) && !StageGraph.isScratch(image) && !image.contains("$")) {
          try {
            ids.add(connection.client.inspectImageCmd(image).exec().getId());
          } catch (RuntimeException absentOrGone) {
            // The build reports a missing image itself.
          }
        }
      }
    } catch (RuntimeException unparsable) {
      // The build reports a bad Dockerfile itself.
    }
    return ids;
  }

  private BuiltImage build(
      BuildRequest request,
      Consumer<BuildEvent> events,
      BuildProgress progress,
      Map<String, String> labels,
      long start)
      throws BuildFailedException, EngineTroubleException {
    StreamCallback callback = new StreamCallback(progress);
    session.expectImage(request.tag());

    try (ContextArchive.Packed context =
            ContextArchive.pack(request.contextDir(), request.dockerfile());
        InputStream tar = context.open()) {
      BuildImageCmd cmd =
          connection
              .client
              .buildImageCmd(tar)
              .withDockerfilePath(context.dockerfilePath())
              .withTags(Set.of(request.tag()))
              .withLabels(labels)
              .withNoCache(request.noCache() || fresh)
              .withRemove(true)
              .withForcerm(true)
              .withPull(false);
      if (offline) {
        cmd.withNetworkMode("none");
      }
      request.target().ifPresent(cmd::withTarget);
      request.buildArgs().forEach(cmd::withBuildArg);
      Runnable cancel = () -> callback.onError(new IOException("the build was stopped"));
      OpenSessions.buildRunning(cancel);
      try {
        cmd.exec(callback);
        awaitWhileEngineAnswers(callback);
      } finally {
        OpenSessions.buildEnded(cancel);
      }
    } catch (IOException e) {
      throw failure(
          "Cannot pack the build context " + request.contextDir() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure("The build was interrupted.");
    } catch (DockerException | IllegalArgumentException e) {
      callback.onError(e);
    }
    progress.finish();
    session.trackBuildCache(progress.createdImages());
    if (progress.madeOwnStepImage()) {
      session.cacheGrew();
    }

    if (callback.error != null) {
      if (!(callback.error instanceof DockerException)
          || EngineTroubles.outOfSpace(engineMessage(callback.error))) {
        // The stream broke (the engine went away) or the disk filled: not the Dockerfile's fault.
        throw new EngineTroubleException(
            EngineTroubles.classify(callback.error, EngineStep.BUILDING), callback.error);
      }
      throw refused(callback.error, progress);
    }
    if (callback.errorItem != null) {
      String words =
          callback.errorItem.getErrorDetail() != null
              ? String.valueOf(callback.errorItem.getErrorDetail().getMessage())
              : "";
      // A RUN whose program hit the full disk fails with its own exit code; its output says why.
      if (EngineTroubles.outOfSpace(words) || EngineTroubles.outOfSpace(progress.tail())) {
        String said =
            EngineTroubles.outOfSpace(words)
                ? words.strip()
                : progress
                    .tail()
                    .lines()
                    .filter(EngineTroubles::outOfSpace)
                    .reduce((a, b) -> b)
                    .orElse(words)
                    .strip();
        EngineTrouble full =
            EngineTrouble.of(EngineTrouble.Type.OUT_OF_SPACE, EngineStep.BUILDING, said);
        throw new EngineTroubleException(full, new EngineException(words));
      }
      throw stepFailed(callback.errorItem, progress);
    }
    String imageId;
    try {
      imageId = connection.client.inspectImageCmd(request.tag()).exec().getId();
    } catch (RuntimeException e) {
      // The stream ended without an error and without the image: it was cut short.
      throw new EngineTroubleException(
          EngineTroubles.classify(
              progress.builtId().isPresent()
                  ? e
                  : new java.io.EOFException("the build's stream ended before the image was made"),
              EngineStep.BUILDING),
          e);
    }
    events.accept(new BuildEvent.Finished(imageId));
    return new BuiltImage(imageId, request.tag(), Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Waits for the build's stream to end. A quiet stream is no fault (a RUN step may think for
   * minutes); only when the engine also fails to answer a ping is the build given up.
   */
  private void awaitWhileEngineAnswers(StreamCallback callback)
      throws InterruptedException, EngineTroubleException {
    // Not the callback's own awaitCompletion(timeout): it closes the stream when its time is up.
    while (!callback.ended.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
      if (System.nanoTime() - callback.lastItem < connection.quickLimit.toNanos()) {
        continue;
      }
      try {
        connection.ping();
        callback.lastItem = System.nanoTime();
      } catch (EngineException e) {
        try {
          callback.close();
        } catch (IOException ignored) {
          // The stream is being given up either way.
        }
        throw new EngineTroubleException(EngineTroubles.classify(e, EngineStep.BUILDING), e);
      }
    }
  }

  /** The engine refused the build outright (HTTP 400 on a syntax error) or the stream broke. */
  private static BuildFailedException refused(Throwable error, BuildProgress progress) {
    String message =
        error instanceof DockerException
            ? engineMessage(error)
            : "the connection to the Docker engine failed during the build ("
                + EngineProblems.rootCause(error)
                + ")";
    Optional<Integer> line =
        progress.stepNumber() == 0 ? DockerfileSteps.lineInError(message) : progress.currentLine();
    progress.remember(message);
    // The engine's own words may already name the line ("dockerfile parse error line 3: ...").
    boolean named = DockerfileSteps.lineInError(message).equals(line);
    return new BuildFailedException(
        line.filter(n -> !named).map(n -> "line " + n + ": ").orElse("") + message,
        line,
        Optional.empty(),
        progress.instruction(),
        progress.tail());
  }

  private static BuildFailedException stepFailed(ResponseItem item, BuildProgress progress) {
    String message =
        item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
            ? item.getErrorDetail().getMessage()
            : "the build stopped with an error";
    // Podman appends its parser's Go struct to an unknown instruction: noise to a learner.
    message = PODMAN_STEP_DUMP.matcher(message).replaceFirst("");
    Optional<Integer> exitCode =
        Optional.ofNullable(item.getErrorDetail()).map(ResponseItem.ErrorDetail::getCode);
    if (exitCode.isEmpty()) {
      Matcher m = EXIT_CODE.matcher(message);
      exitCode = m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
    Optional<Integer> line = progress.currentLine();
    progress.remember(message.strip());
    String full =
        stepFailure(line, progress.stepNumber(), progress.instruction(), exitCode, message);
    return new BuildFailedException(full, line, exitCode, progress.instruction(), progress.tail());
  }

  /**
   * The one place a failed step is put in words: its line (or step), the instruction, the exit
   * code, then the engine's words unless they only repeat those. Readers add nothing to it.
   */
  static String stepFailure(
      Optional<Integer> line,
      int stepNumber,
      String instruction,
      Optional<Integer> exitCode,
      String engineWords) {
    String where =
        line.map(n -> "line " + n).orElse("step " + stepNumber) + " (" + instruction + ")";
    String what = exitCode.map(code -> " failed with exit code " + code).orElse(" failed");
    String words = engineWords.strip();
    return exitCode.isPresent() && COMMAND_FAILED.matcher(words).matches()
        ? where + what + "."
        : where + what + ": " + words;
  }

  /** The engine's own words, without docker-java's "Status 400: {json}" wrapping. */
  static String engineMessage(Throwable error) {
    String text = String.valueOf(error.getMessage());
    Matcher json = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(text);
    if (json.find()) {
      return json.group(1).replace("\\\"", "\"").replace("\\n", " ").strip();
    }
    return text.replaceFirst("^Status \\d+:\\s*", "").strip();
  }

  private static BuildFailedException failure(String message) {
    return new BuildFailedException(message, Optional.empty(), Optional.empty(), "", "");
  }

  /**
   * Reads the build's stream. Closing it (an error, the end, or a stop through {@link
   * OpenSessions}) hangs up on the engine, and the classic builder stops the build when its client
   * hangs up, removing the step's container.
   */
  private static final class StreamCallback extends ResultCallback.Adapter<BuildResponseItem> {
    private final BuildProgress progress;
    private volatile Throwable error;
    private volatile ResponseItem errorItem;
    private volatile long lastItem = System.nanoTime();
    private final java.util.concurrent.CountDownLatch ended =
        new java.util.concurrent.CountDownLatch(1);

    StreamCallback(BuildProgress progress) {
      this.progress = progress;
    }

    @Override
    public void onNext(BuildResponseItem item) {
      lastItem = System.nanoTime();
      if (item.getStream() != null) {
        progress.accept(item.getStream());
      }
      if (item.isErrorIndicated() && errorItem == null) {
        errorItem = item;
      }
    }

    @Override
    public void onError(Throwable throwable) {
      if (error == null) {
        error = throwable;
      }
      ended.countDown();
      try {
        close();
      } catch (IOException ignored) {
        // The stream is over either way.
      }
    }

    @Override
    public void onComplete() {
      ended.countDown();
      try {
        close();
      } catch (IOException ignored) {
        // The stream is over either way.
      }
    }
  }
}
