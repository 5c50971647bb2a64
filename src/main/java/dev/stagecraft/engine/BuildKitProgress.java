package dev.stagecraft.engine;

import dev.stagecraft.engine.buildkit.wire.StatusResponse;
import dev.stagecraft.engine.buildkit.wire.Vertex;
import dev.stagecraft.engine.buildkit.wire.VertexLog;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows BuildKit's status stream and turns it into the events the classic builder's stream gives:
 * a step starts, prints lines, comes from the cache. BuildKit names a step by its stage and its
 * place in it ("[build 2/4] RUN go build", "[stage-1 3/3] COPY ...", "[2/3] RUN make" in a
 * one-stage file), which {@link DockerfileSteps} turns into the global step number and line. Stages
 * the target does not need never appear; steps of independent stages may interleave.
 */
final class BuildKitProgress {

  private static final Pattern STEP_NAME =
      Pattern.compile("^\\[(?:(\\S+) )?(\\d+)/(\\d+)\\] (.*)$");
  private static final Pattern UNNAMED_STAGE = Pattern.compile("^stage-(\\d+)$");
  private static final int TAIL_LINES = 40;

  private final DockerfileSteps steps;
  private final Consumer<BuildEvent> events;
  private final Map<String, VertexState> vertexes = new HashMap<>();
  private final Deque<String> tail = new ArrayDeque<>();
  private Optional<VertexState> failed = Optional.empty();

  BuildKitProgress(DockerfileSteps steps, Consumer<BuildEvent> events) {
    this.steps = steps;
    this.events = events;
  }

  /** What is known of one vertex (a step or one of BuildKit's own actions). */
  private static final class VertexState {
    final String name;
    final Optional<Integer> step;
    final String instruction;
    final StringBuilder partial = new StringBuilder();
    final Deque<String> lines = new ArrayDeque<>();
    boolean started;
    boolean cached;
    String error = "";

    VertexState(String name, Optional<Integer> step, String instruction) {
      this.name = name;
      this.step = step;
      this.instruction = instruction;
    }
  }

  void accept(StatusResponse status) {
    for (Vertex vertex : status.getVertexesList()) {
      VertexState state =
          vertexes.computeIfAbsent(vertex.getDigest(), digest -> describe(vertex.getName()));
      boolean begins = !state.started && (vertex.hasStarted() || vertex.getCached());
      if (begins) {
        state.started = true;
        state.step.ifPresent(
            n ->
                events.accept(
                    new BuildEvent.StepStarted(
                        n, steps.count(), state.instruction, steps.lineOfStep(n).orElse(0))));
      }
      // A base image is never built: BuildKit calls it cached, the classic builder says nothing.
      boolean base = state.instruction.regionMatches(true, 0, "FROM ", 0, 5);
      if (vertex.getCached() && !state.cached && !base) {
        state.cached = true;
        state.step.ifPresent(n -> events.accept(new BuildEvent.CacheHit(n)));
      }
      if (!vertex.getError().isEmpty() && state.error.isEmpty()) {
        state.error = vertex.getError();
        // The first step to fail is the one to report; others were cancelled because of it.
        if (failed.isEmpty() && !state.error.contains("context canceled")) {
          failed = Optional.of(state);
        }
      }
    }
    for (VertexLog log : status.getLogsList()) {
      VertexState state = vertexes.get(log.getVertex());
      if (state != null) {
        state.partial.append(log.getMsg().toString(StandardCharsets.UTF_8));
        int newline;
        while ((newline = state.partial.indexOf("\n")) >= 0) {
          line(state, state.partial.substring(0, newline));
          state.partial.delete(0, newline + 1);
        }
      }
    }
  }

  /** Flushes lines that had no newline yet. */
  void finish() {
    for (VertexState state : vertexes.values()) {
      if (state.partial.length() > 0) {
        line(state, state.partial.toString());
        state.partial.setLength(0);
      }
    }
  }

  private void line(VertexState state, String raw) {
    String line = raw.replace("\r", "").stripTrailing();
    if (line.isEmpty()) {
      return;
    }
    state.lines.addLast(line);
    while (state.lines.size() > TAIL_LINES) {
      state.lines.removeFirst();
    }
    remember(line);
    events.accept(new BuildEvent.Output(line));
  }

  private VertexState describe(String name) {
    Matcher m = STEP_NAME.matcher(name);
    if (!m.matches()) {
      return new VertexState(name, Optional.empty(), name);
    }
    int stage = stageIndex(m.group(1));
    Optional<Integer> step = steps.stepOfBuildKitStage(stage, Integer.parseInt(m.group(2)));
    // "FROM docker.io/library/alpine:3.20" is "FROM alpine:3.20" in the learner's file.
    String instruction = m.group(4).replaceFirst("^(FROM )docker\\.io/(?:library/)?", "$1");
    return new VertexState(name, step, instruction);
  }

  /** The 1-based stage a vertex prefix names: none (one stage), "stage-N" (0-based) or a name. */
  private int stageIndex(String prefix) {
    if (prefix == null) {
      return 1;
    }
    Optional<Integer> named = steps.stageNamed(prefix);
    if (named.isPresent()) {
      return named.get();
    }
    Matcher unnamed = UNNAMED_STAGE.matcher(prefix);
    return unnamed.matches() ? Integer.parseInt(unnamed.group(1)) + 1 : 0;
  }

  /** Adds an engine remark to the tail without emitting it. */
  void remember(String line) {
    tail.addLast(line);
    while (tail.size() > TAIL_LINES) {
      tail.removeFirst();
    }
  }

  /** The step that failed, if one did: its number, instruction, error and last lines. */
  Optional<FailedStep> failedStep() {
    return failed.map(
        state ->
            new FailedStep(
                state.step,
                state.step.flatMap(steps::lineOfStep),
                state.instruction,
                state.error,
                String.join("\n", state.lines)));
  }

  record FailedStep(
      Optional<Integer> step,
      Optional<Integer> line,
      String instruction,
      String error,
      String log) {}

  String tail() {
    return String.join("\n", tail);
  }
}
