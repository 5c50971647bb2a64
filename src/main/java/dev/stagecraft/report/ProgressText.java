package dev.stagecraft.report;

import dev.stagecraft.facts.BuildSpec;
import dev.stagecraft.facts.LabEvent;
import dev.stagecraft.grading.GradingEvent;
import dev.stagecraft.terminal.ForeignText;
import java.util.Optional;

/** One line of text per grading event worth showing while the learner waits. */
public final class ProgressText {

  /** " step 10/10 " and the instruction together stay within 80 columns. */
  private static final int MAX_INSTRUCTION = 64;

  /** The classic builder shows the labels stagecraft adds as steps of their own; they are noise. */
  private ProgressText() {}

  /** The line for an event, or empty for events too chatty to show (raw build output). */
  public static Optional<String> describe(GradingEvent event) {
    if (event instanceof GradingEvent.Analysing) {
      return Optional.of("Reading the Dockerfile…");
    }
    if (event instanceof GradingEvent.Building) {
      return Optional.of("Building the image…");
    }
    if (event instanceof GradingEvent.BuildingOther other) {
      return Optional.of("Building " + describe(other.spec()) + "…");
    }
    if (event instanceof GradingEvent.Lab lab) {
      if (lab.event() instanceof LabEvent.BuildStep buildStep) {
        return Optional.of(
            String.format(
                "  step %d/%d  %s",
                buildStep.number(), buildStep.total(), shorten(buildStep.instruction())));
      }
      if (lab.event() instanceof LabEvent.Reused) {
        return Optional.of("  the image of your last check, unchanged since, is reused");
      }
      if (lab.event() instanceof LabEvent.Gathering gathering) {
        return Optional.of("  " + gathering.what() + "…");
      }
    }
    return Optional.empty();
  }

  private static String describe(BuildSpec spec) {
    return switch (spec.role()) {
      case GRADED ->
          spec.change().isPresent()
              ? spec.target().map(t -> "--target " + t).orElse("the Dockerfile")
                  + " again after "
                  + spec.change().get().describe()
              : "--target " + spec.target().orElse("");
      case STARTER -> "the starter, to compare sizes";
      case REFERENCE -> "the reference solution, to compare sizes";
    };
  }

  private static String shorten(String instruction) {
    String oneLine = ForeignText.forTerminal(instruction).replaceAll("\\s+", " ").trim();
    return oneLine.length() <= MAX_INSTRUCTION
        ? oneLine
        : oneLine.substring(0, MAX_INSTRUCTION - 1) + "…";
  }
}
