package dev.stagecraft.terminal;

import dev.stagecraft.dockerfile.DockerfileParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Colours Dockerfile source for the terminal: instructions, the flags Docker reads ({@code
 * --from=build}), stage names after {@code AS} and in {@code --from}, comments, strings and
 * variables. It only colours; it never changes a character, so stripping the escapes gives back the
 * source exactly.
 */
public final class DockerfileHighlighter {

  static final Style[] INSTRUCTION = {Style.BOLD, Style.CYAN};
  static final Style[] FLAG = {Style.YELLOW};
  static final Style[] STAGE = {Style.BOLD, Style.MAGENTA};
  static final Style[] STRING = {Style.GREEN};
  static final Style[] VARIABLE = {Style.BLUE};
  static final Style[] COMMENT = {Style.GRAY};
  static final Style[] CONTINUATION = {Style.DIM};

  private final Ansi ansi;

  /**
   * A highlighter painting with {@code ansi}; with {@link Ansi#PLAIN} it returns lines unchanged.
   */
  public DockerfileHighlighter(Ansi ansi) {
    this.ansi = ansi;
  }

  /** Highlights a whole Dockerfile, line by line, following {@code \} continuations. */
  public List<String> highlight(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    boolean continued = false;
    for (String line : lines) {
      String stripped = line.strip();
      if (stripped.startsWith("#")) {
        out.add(ansi.paint(line, COMMENT));
        continue;
      }
      out.add(ansi.enabled() ? line(line, continued) : line);
      continued = stripped.endsWith("\\");
    }
    return out;
  }

  private String line(String line, boolean continued) {
    List<String> tokens = tokens(line);
    StringBuilder out = new StringBuilder();
    String instruction = "";
    boolean flagsAllowed = continued;
    boolean sawImage = false;
    boolean nextIsStage = false;
    int lastWord = lastWordIndex(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (token.isBlank()) {
        out.append(token);
        continue;
      }
      if (!continued && instruction.isEmpty() && out.toString().isBlank()) {
        instruction = token.toUpperCase(Locale.ROOT);
        boolean known = DockerfileParser.isInstruction(instruction);
        out.append(known ? ansi.paint(token, INSTRUCTION) : token);
        flagsAllowed = known;
        continue;
      }
      if (i == lastWord && token.equals("\\")) {
        out.append(ansi.paint(token, CONTINUATION));
        continue;
      }
      if (flagsAllowed && token.startsWith("--")) {
        out.append(flag(token));
        continue;
      }
      flagsAllowed = false;
      if (nextIsStage) {
        out.append(ansi.paint(token, STAGE));
        nextIsStage = false;
      } else if (instruction.equals("FROM") && sawImage && token.equalsIgnoreCase("AS")) {
        out.append(ansi.paint(token, INSTRUCTION));
        nextIsStage = true;
      } else {
        out.append(word(token));
      }
      sawImage = sawImage || instruction.equals("FROM");
    }
    return out.toString();
  }

  /** {@code --name=value}: the name as a flag; a stage reference in {@code --from} as a stage. */
  private String flag(String token) {
    int eq = token.indexOf('=');
    if (eq < 0) {
      return ansi.paint(token, FLAG);
    }
    String name = token.substring(0, eq);
    String value = token.substring(eq + 1);
    String painted = name.equals("--from") ? ansi.paint(value, STAGE) : word(value);
    return ansi.paint(name + "=", FLAG) + painted;
  }

  /** A word with its quoted parts as strings and its {@code $VARS} as variables. */
  private String word(String token) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < token.length()) {
      char c = token.charAt(i);
      if (c == '"' || c == '\'') {
        int end = closingQuote(token, i);
        out.append(ansi.paint(token.substring(i, end), STRING));
        i = end;
      } else if (c == '$') {
        int end = i + 1 < token.length() ? variableEnd(token, i) : i + 1;
        if (end == i + 1) {
          out.append(c);
          i++;
        } else {
          out.append(ansi.paint(token.substring(i, end), VARIABLE));
          i = end;
        }
      } else {
        int end = i;
        while (end < token.length() && "\"'$".indexOf(token.charAt(end)) < 0) {
          end++;
        }
        out.append(token, i, end);
        i = end;
      }
    }
    return out.toString();
  }

  private static int closingQuote(String token, int open) {
    char quote = token.charAt(open);
    for (int i = open + 1; i < token.length(); i++) {
      if (token.charAt(i) == '\\' && quote == '"') {
        i++;
      } else if (token.charAt(i) == quote) {
        return i + 1;
      }
    }
    return token.length();
  }

  private static int variableEnd(String token, int dollar) {
    if (token.charAt(dollar + 1) == '{') {
      int close = token.indexOf('}', dollar);
      return close < 0 ? token.length() : close + 1;
    }
    int end = dollar + 1;
    while (end < token.length()
        && (Character.isLetterOrDigit(token.charAt(end)) || token.charAt(end) == '_')) {
      end++;
    }
    return end;
  }

  /**
   * Splits a line into runs of blanks and words; quoted text (with its spaces) stays in its word.
   */
  static List<String> tokens(String line) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      int start = i;
      if (Character.isWhitespace(line.charAt(i))) {
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
          i++;
        }
      } else {
        while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
          char c = line.charAt(i);
          i = c == '"' || c == '\'' ? closingQuote(line, i) : i + 1;
        }
      }
      tokens.add(line.substring(start, i));
    }
    return tokens;
  }

  private static int lastWordIndex(List<String> tokens) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (!tokens.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
