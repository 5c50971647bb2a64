package dev.stagecraft.engine;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs one confined container to its end (or its timeout) and always removes it. */
final class ContainerRunner {

  /** What a shell reports when the program cannot be started; the engine refused the same way. */
  private static final int CANNOT_START = 127;

  private final EngineConnection connection;
  private final SessionResources session;

  ContainerRunner(EngineConnection connection, SessionResources session) {
    this.connection = connection;
    this.session = session;
  }

  RunResult run(RunRequest request) throws EngineException {
    long start = System.nanoTime();
    String id = ConfinedContainers.create(connection, session, request, Optional.empty());
    try {
      try {
        connection.client.startContainerCmd(id).exec();
      } catch (DockerException e) {
        // The image's program is missing or not executable: a result for the grader, not a fault.
        // Whatever exit code the engine recorded (Docker 127, Podman 0), the program never ran.
        return notStarted(start, ImageBuilder.engineMessage(e), "");
      }
      boolean timedOut = false;
      Integer exitCode;
      try {
        exitCode =
            connection
                .client
                .waitContainerCmd(id)
                .exec(new WaitContainerResultCallback())
                .awaitStatusCode(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (DockerClientException waitedTooLong) {
        timedOut = true;
        kill(id);
        exitCode = exitCodeOf(id).orElse(137);
      }
      Duration duration = Duration.ofNanos(System.nanoTime() - start);
      Output output = logs(id);
      Optional<InspectContainerResponse.ContainerState> state = stateOf(id);
      if (!timedOut && state.isPresent() && ContainerStates.neverRan(state.get())) {
        // The start call returned, yet the program never ran (an engine that reports the failure
        // in the state rather than from start); its exit code, often 0, means nothing.
        return notStarted(
            start, ContainerStates.whyNotRan(state.get()), output.stdout() + output.stderr());
      }
      return new RunResult(
          exitCode == null ? -1 : exitCode,
          output.stdout(),
          output.stderr(),
          timedOut,
          duration,
          output.truncated());
    } finally {
      session.removeContainer(id);
    }
  }

  private void kill(String id) {
    try {
      connection.client.killContainerCmd(id).exec();
      connection
          .client
          .waitContainerCmd(id)
          .exec(new WaitContainerResultCallback())
          .awaitStatusCode(10, TimeUnit.SECONDS);
    } catch (DockerException | DockerClientException alreadyStopped) {
      // It ended on its own between the timeout and the kill, or will be force-removed.
    }
  }

  private Optional<Integer> exitCodeOf(String id) {
    return stateOf(id)
        .flatMap(state -> Optional.ofNullable(state.getExitCodeLong()))
        .map(Long::intValue);
  }

  private Optional<InspectContainerResponse.ContainerState> stateOf(String id) {
    try {
      return Optional.ofNullable(connection.client.inspectContainerCmd(id).exec().getState());
    } catch (DockerException e) {
      return Optional.empty();
    }
  }

  private static RunResult notStarted(long start, String why, String output) {
    return new RunResult(
        CANNOT_START,
        "",
        output.isBlank() ? why : output,
        false,
        Duration.ofNanos(System.nanoTime() - start),
        false,
        Optional.of(why));
  }

  private record Output(String stdout, String stderr, boolean truncated) {}

  private Output logs(String id) throws EngineException {
    CappedStreams streams = new CappedStreams();
    try {
      connection
          .client
          .logContainerCmd(id)
          .withStdOut(true)
          .withStdErr(true)
          .withFollowStream(false)
          .exec(streams)
          .awaitCompletion();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineException("Interrupted while reading the output of the container.", e);
    } catch (DockerException e) {
      throw new EngineException(
          "Cannot read the output of the container: " + ImageBuilder.engineMessage(e), e);
    }
    return new Output(
        streams.stdout.toString(StandardCharsets.UTF_8),
        streams.stderr.toString(StandardCharsets.UTF_8),
        streams.truncated);
  }

  /** Keeps at most {@link RunResult#OUTPUT_CAP_BYTES} of each stream, reading the rest away. */
  private static final class CappedStreams extends ResultCallback.Adapter<Frame> {
    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    volatile boolean truncated;

    @Override
    public void onNext(Frame frame) {
      ByteArrayOutputStream target = frame.getStreamType() == StreamType.STDERR ? stderr : stdout;
      byte[] payload = frame.getPayload();
      int room = RunResult.OUTPUT_CAP_BYTES - target.size();
      if (payload.length > room) {
        truncated = true;
      }
      target.write(payload, 0, Math.max(0, Math.min(room, payload.length)));
    }
  }
}
