package dev.stagecraft.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows a builder's text stream: splits it into lines, notices steps and cache hits, remembers
 * the current step and the last lines for an error report. Two dialects: the classic builder's
 * ("Step 5/7 : RUN make", " ---> Using cache", " ---> 0a1b2c3d4e5f") and Podman's, where steps
 * count within a stage ("[2/3] STEP 1/4: RUN make", "--> Using cache ID", "--> 0a1b2c3d4e5").
 */
final class BuildProgress {

  private static final Pattern STEP = Pattern.compile("^Step (\\d+)/(\\d+) : (.*)$");
  private static final Pattern BUILT = Pattern.compile("^Successfully built ([0-9a-f]+)$");
  private static final Pattern STAGE_STEP =
      Pattern.compile("^(?:\\[(\\d+)/\\d+\\] )?STEP (\\d+)/\\d+: (.*)$");
  private static final Pattern STEP_RESULT = Pattern.compile("^ ?-{2,3}> ([0-9a-f]{11,64})$");
  private static final Pattern CACHE_HIT = Pattern.compile("^ ?-{2,3}> Using cache\\b.*$");
  private static final Pattern RUNNING_IN =
      Pattern.compile("^ ?-{2,3}> Running in ([0-9a-f]{12,64})$");
  private static final int TAIL_LINES = 40;

  private final DockerfileSteps steps;

  /** The classic builder appends one LABEL step per build label; they are ours, not the user's. */
  private final int appendedLabelSteps;

  private final Consumer<BuildEvent> events;

  /** Told of each step image as the stream names it, made or reused, for the build cache. */
  private final Consumer<String> stepImages;

  /** Told of each step image this build commits (not reused), for the session's journal. */
  private final Consumer<String> madeImages;

  /** Told of each container the builder runs a step in, for the session's journal. */
  private final Consumer<String> stepContainers;

  private final StringBuilder partial = new StringBuilder();
  private final Deque<String> tail = new ArrayDeque<>();
  private int stepNumber;
  private String instruction = "";
  private Optional<String> builtId = Optional.empty();
  private boolean stepMakesImage;
  private boolean stepReusesImage;
  private boolean stepShown;
  private boolean madeOwnStepImage;
  private final List<String> createdImages = new ArrayList<>();

  BuildProgress(DockerfileSteps steps, int appendedLabelSteps, Consumer<BuildEvent> events) {
    this(steps, appendedLabelSteps, events, id -> {});
  }

  BuildProgress(
      DockerfileSteps steps,
      int appendedLabelSteps,
      Consumer<BuildEvent> events,
      Consumer<String> stepImages) {
    this(steps, appendedLabelSteps, events, stepImages, id -> {}, id -> {});
  }

  BuildProgress(
      DockerfileSteps steps,
      int appendedLabelSteps,
      Consumer<BuildEvent> events,
      Consumer<String> stepImages,
      Consumer<String> madeImages,
      Consumer<String> stepContainers) {
    this.steps = steps;
    this.stepContainers = stepContainers;
    this.appendedLabelSteps = appendedLabelSteps;
    this.events = events;
    this.stepImages = stepImages;
    this.madeImages = madeImages;
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
      // Count and show the Dockerfile's own steps: "step 5/5", not "step 5/7" and two labels.
      int ownSteps = Math.max(Integer.parseInt(step.group(2)) - appendedLabelSteps, 1);
      int number = Integer.parseInt(step.group(1));
      startStep(number, step.group(3), number <= ownSteps, ownSteps);
      return;
    }
    Matcher stageStep = STAGE_STEP.matcher(line);
    if (stageStep.matches()) {
      int stage = stageStep.group(1) == null ? 1 : Integer.parseInt(stageStep.group(1));
      Optional<Integer> number = steps.stepOfStage(stage, Integer.parseInt(stageStep.group(2)));
      // A step past the stage's instructions is a LABEL the builder appended: past every line.
      startStep(
          number.orElse(steps.count() + 1), stageStep.group(3), number.isPresent(), steps.count());
      return;
    }
    Matcher built = BUILT.matcher(line);
    if (built.matches()) {
      builtId = Optional.of(built.group(1));
    }
    if (CACHE_HIT.matcher(line).matches()) {
      // The image that follows was made by an earlier build, perhaps another process's.
      stepMakesImage = false;
      stepReusesImage = true;
      events.accept(new BuildEvent.CacheHit(stepNumber));
    }
    Matcher running = RUNNING_IN.matcher(line);
    if (running.matches()) {
      stepContainers.accept(running.group(1));
    }
    Matcher result = STEP_RESULT.matcher(line);
    if (result.matches() && (stepMakesImage || stepReusesImage)) {
      if (stepMakesImage) {
        createdImages.add(result.group(1));
        madeOwnStepImage |= stepShown;
        madeImages.accept(result.group(1));
      }
      stepImages.accept(result.group(1));
      stepMakesImage = false;
      stepReusesImage = false;
    }
    events.accept(new BuildEvent.Output(line));
  }

  private void startStep(int number, String text, boolean shown, int ownSteps) {
    stepNumber = number;
    instruction = text;
    // FROM names an image that already exists; every other step commits a new one.
    stepMakesImage = !instruction.regionMatches(true, 0, "FROM", 0, 4);
    stepReusesImage = false;
    stepShown = shown;
    if (shown) {
      events.accept(
          new BuildEvent.StepStarted(
              stepNumber, ownSteps, instruction, steps.lineOfStep(stepNumber).orElse(0)));
    }
  }

  /**
   * Images this build committed for its steps (not cache hits, not FROM images), oldest first. The
   * classic builder keeps them as its cache, including those of stages the final image does not
   * build on.
   */
  List<String> createdImages() {
    return List.copyOf(createdImages);
  }

  /**
   * Whether the build committed a new image for a step of the Dockerfile itself, not only for the
   * label steps the builder appends: only then can the kept build cache have grown.
   */
  boolean madeOwnStepImage() {
    return madeOwnStepImage;
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
