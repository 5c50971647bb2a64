package dev.stagecraft.report;

import dev.stagecraft.facts.LabEvent;
import dev.stagecraft.grading.GradingEvent;
import java.util.Optional;

/** One line of text per grading event worth showing while the learner waits. */
public final class ProgressText {

  private static final int MAX_INSTRUCTION = 70;

  /** The classic builder shows the labels stagecraft adds as steps of their own; they are noise. */
  private static final String STAGECRAFT_LABEL = "LABEL dev.stagecraft.";

  private ProgressText() {}

  /** The line for an event, or empty for events too chatty to show (raw build output). */
  public static Optional<String> describe(GradingEvent event) {
    if (event instanceof GradingEvent.StepStarted step) {
      return switch (step.step()) {
        case "analyse" -> Optional.of("Reading the Dockerfile…");
        case "build" -> Optional.of("Building the image…");
        case "checks" -> Optional.empty();
        default ->
            step.step().startsWith("build ")
                ? Optional.of("Building " + step.step().substring("build ".length()) + "…")
                : Optional.of(step.step() + "…");
      };
    }
    if (event instanceof GradingEvent.Lab lab) {
      if (lab.event() instanceof LabEvent.BuildStep buildStep
          && !buildStep.instruction().startsWith(STAGECRAFT_LABEL)) {
        return Optional.of(
            String.format(
                "  step %d/%d  %s",
                buildStep.number(), buildStep.total(), shorten(buildStep.instruction())));
      }
      if (lab.event() instanceof LabEvent.Gathering gathering) {
        return Optional.of("  " + gathering.what() + "…");
      }
    }
    return Optional.empty();
  }

  private static String shorten(String instruction) {
    String oneLine = instruction.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= MAX_INSTRUCTION
        ? oneLine
        : oneLine.substring(0, MAX_INSTRUCTION - 1) + "…";
  }
}
