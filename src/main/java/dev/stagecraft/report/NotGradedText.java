package dev.stagecraft.report;

import dev.stagecraft.facts.EngineInterruption;
import dev.stagecraft.terminal.Ansi;
import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.TextWrap;
import java.util.ArrayList;
import java.util.List;

/**
 * What a learner reads when the engine stopped a check: that nothing was graded and why, that their
 * file is not at fault, what to do, and where the detail went. The engine's own words are foreign
 * text and are made safe for the terminal.
 */
public final class NotGradedText {

  private NotGradedText() {}

  /** The headline sentence, for any front end: "not graded: the Docker engine went away ...". */
  public static String sentence(EngineInterruption interruption, String fileName) {
    return "not graded: " + interruption.summary() + "; your " + fileName + " is not at fault.";
  }

  /**
   * The lines of the message, wrapped to {@code width}: the headline (marked ○, naming {@code
   * name}), what the engine said, what to do, and the log file.
   */
  public static List<String> lines(
      EngineInterruption interruption, String name, int width, Ansi styles) {
    List<String> lines = new ArrayList<>();
    hanging("○ ", name + ": " + sentence(interruption, "Dockerfile"), width)
        .forEach(line -> lines.add(styles.yellow(line)));
    String said = ForeignText.forTerminal(interruption.engineWords()).replace("\n", " ").strip();
    if (!said.isEmpty()) {
      lines.addAll(hanging("  The engine said: ", said, width));
    }
    lines.addAll(hanging("  What to do: ", interruption.advice(), width));
    interruption
        .logFile()
        .ifPresent(
            log ->
                hanging("  Details: ", ForeignText.forTerminal(log.toString()), width)
                    .forEach(line -> lines.add(styles.dim(line))));
    return lines;
  }

  private static List<String> hanging(String label, String text, int width) {
    return List.of(TextWrap.hanging(label, text, width).split("\n"));
  }
}
