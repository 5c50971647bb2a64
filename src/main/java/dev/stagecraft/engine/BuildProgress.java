package dev.stagecraft.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows the classic builder's text stream: splits it into lines, notices "Step N/M : ..." and
 * cache hits, remembers the current step and the last lines for an error report.
 */
final class BuildProgress {

  private static final Pattern STEP = Pattern.compile("^Step (\\d+)/(\\d+) : (.*)$");
  private static final Pattern BUILT = Pattern.compile("^Successfully built ([0-9a-f]+)$");
  private static final int TAIL_LINES = 40;

  private final DockerfileSteps steps;
  private final Consumer<BuildEvent> events;
  private final StringBuilder partial = new StringBuilder();
  private final Deque<String> tail = new ArrayDeque<>();
  private int stepNumber;
  private String instruction = "";
  private Optional<String> builtId = Optional.empty();

  BuildProgress(DockerfileSteps steps, Consumer<BuildEvent> events) {
    this.steps = steps;
    this.events = events;
  }

  /** Takes a chunk of the stream; chunks may hold several lines or part of one. */
  void accept(String chunk) {
    partial.append(chunk);
    int newline;
    while ((newline = partial.indexOf("\n")) >= 0) {
      line(partial.substring(0, newline));
      partial.delete(0, newline + 1);
    }
  }

  /** Flushes a last line that had no newline. */
  void finish() {
    if (partial.length() > 0) {
      line(partial.toString());
      partial.setLength(0);
    }
  }

  private void line(String raw) {
    String line = raw.stripTrailing();
    if (line.isEmpty()) {
      return;
    }
    remember(line);
    Matcher step = STEP.matcher(line);
    if (step.matches()) {
      stepNumber = Integer.parseInt(step.group(1));
      instruction = step.group(3);
      events.accept(
          new BuildEvent.StepStarted(
              stepNumber,
              Integer.parseInt(step.group(2)),
              instruction,
              steps.lineOfStep(stepNumber).orElse(0)));
      return;
    }
    Matcher built = BUILT.matcher(line);
    if (built.matches()) {
      builtId = Optional.of(built.group(1));
    }
    if (line.strip().equals("---> Using cache")) {
      events.accept(new BuildEvent.CacheHit(stepNumber));
    }
    events.accept(new BuildEvent.Output(line));
  }

  /** Adds an engine remark (not step output) to the tail without emitting it twice. */
  void remember(String line) {
    tail.addLast(line);
    while (tail.size() > TAIL_LINES) {
      tail.removeFirst();
    }
  }

  int stepNumber() {
    return stepNumber;
  }

  String instruction() {
    return instruction;
  }

  Optional<Integer> currentLine() {
    return steps.lineOfStep(stepNumber);
  }

  Optional<String> builtId() {
    return builtId;
  }

  String tail() {
    return String.join("\n", tail);
  }
}
