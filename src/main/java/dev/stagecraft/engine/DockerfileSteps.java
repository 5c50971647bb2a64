package dev.stagecraft.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each instruction of a Dockerfile starts, so that the classic builder's "Step N/M" can be
 * turned into a line number. The classic builder numbers every instruction from the top, global
 * ARGs included; steps past the last instruction (the LABEL it appends for build labels) have no
 * line.
 *
 * <p>This is a deliberately small scan (comments, blank lines, continuations, the escape
 * directive), not a parser: the engine has already accepted the text when steps are numbered.
 */
final class DockerfileSteps {

  private static final Pattern ESCAPE_DIRECTIVE =
      Pattern.compile("^#\\s*escape\\s*=\\s*(\\S)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ANY_DIRECTIVE = Pattern.compile("^#\\s*[a-zA-Z_]+\\s*=.*$");
  private static final Pattern LINE_IN_ERROR = Pattern.compile("(?i)\\bline\\s+(\\d+)\\b");

  private final List<Integer> instructionLines;

  private DockerfileSteps(List<Integer> instructionLines) {
    this.instructionLines = List.copyOf(instructionLines);
  }

  static DockerfileSteps scan(String text) {
    String[] lines = text.split("\\R", -1);
    char escape = '\\';
    int i = 0;
    // Parser directives come first, before any comment, blank line or instruction.
    for (; i < lines.length; i++) {
      String line = lines[i].strip();
      Matcher escapeMatch = ESCAPE_DIRECTIVE.matcher(line);
      if (escapeMatch.matches()) {
        escape = escapeMatch.group(1).charAt(0);
      } else if (!ANY_DIRECTIVE.matcher(line).matches()) {
        break;
      }
    }
    List<Integer> starts = new ArrayList<>();
    boolean continuing = false;
    for (; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        // Inside a continued instruction, comments and blank lines are skipped, not ends.
        continue;
      }
      if (!continuing) {
        starts.add(i + 1);
      }
      continuing = line.charAt(line.length() - 1) == escape;
    }
    return new DockerfileSteps(starts);
  }

  /** How many instructions the Dockerfile has. */
  int count() {
    return instructionLines.size();
  }

  /** The 1-based line where step {@code number} (1-based) starts, if the Dockerfile has it. */
  Optional<Integer> lineOfStep(int number) {
    return number >= 1 && number <= instructionLines.size()
        ? Optional.of(instructionLines.get(number - 1))
        : Optional.empty();
  }

  /** The line a parse error names ("Dockerfile parse error line 3: ..."), if it names one. */
  static Optional<Integer> lineInError(String message) {
    Matcher m = LINE_IN_ERROR.matcher(message == null ? "" : message);
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }
}
