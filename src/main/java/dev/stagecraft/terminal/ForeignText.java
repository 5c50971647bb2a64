package dev.stagecraft.terminal;

/**
 * Makes text stagecraft did not write (a container's output, build logs, file names from an image,
 * engine messages, the files of a course pack) safe to print on a terminal: escape sequences and
 * control characters are shown visibly ({@code \e]0;...}, {@code \x07}), never obeyed, and a line
 * too long to read is cut with a mark. Terminals obey more than colours (window titles, cursor
 * moves that hide lines, hyperlinks, clipboard writes), so nothing foreign passes through raw.
 * Newlines and tabs are kept; stagecraft's own styling is applied after this, never to its input.
 */
public final class ForeignText {

  /** A line past this many characters is cut: nobody reads it, and a terminal chokes on it. */
  public static final int MAX_LINE = 2_000;

  private ForeignText() {}

  /** The text as it may be printed on a terminal. */
  public static String forTerminal(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), 4 * MAX_LINE));
    int lineLength = 0;
    int cut = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\n') {
        endCut(out, cut);
        cut = 0;
        lineLength = 0;
        out.append('\n');
        continue;
      }
      String shown = visible(c);
      if (lineLength >= MAX_LINE) {
        cut++;
        continue;
      }
      out.append(shown);
      lineLength += shown.length();
    }
    endCut(out, cut);
    return out.toString();
  }

  private static void endCut(StringBuilder out, int cut) {
    if (cut > 0) {
      out.append(" … [").append(cut).append(" more characters]");
    }
  }

  /** How one code point is shown: itself, or a visible escape when a terminal would obey it. */
  private static String visible(int c) {
    if (c == '\t') {
      return "\t";
    }
    if (c == 0x1b) {
      return "\\e";
    }
    if (c < 0x20 || c == 0x7f) {
      return String.format("\\x%02x", c);
    }
    if (c >= 0x80 && c <= 0x9f) {
      // C1 controls: U+009B is a one-character CSI on some terminals.
      return String.format("\\u%04x", c);
    }
    if ((c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200e
        || c == 0x200f) {
      // Bidirectional overrides reorder what is shown ("Trojan Source").
      return String.format("\\u%04x", c);
    }
    if (Character.getType(c) == Character.SURROGATE) {
      return "\ufffd";
    }
    return new String(Character.toChars(c));
  }
}
