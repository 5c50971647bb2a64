package dev.stagecraft.terminal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Wraps text to a display width, measuring what the terminal shows: escape sequences take no room,
 * East Asian wide characters and most emoji take two columns. A style that is on where a line
 * breaks is reset at the end of the line and switched on again at the start of the next, so every
 * line stands alone (for pagers, tables and frames).
 */
public final class TextWrap {

  private TextWrap() {}

  /**
   * Wraps {@code text} into lines no wider than {@code width} columns. Breaks at spaces, keeps
   * {@code \n} as a hard break, and splits a word only when it is wider than a whole line. Trailing
   * spaces are dropped; indentation at the start of a hard line is kept.
   */
  public static List<String> wrap(String text, int width) {
    return new Wrapper(Math.max(1, width)).run(text);
  }

  /** The number of terminal columns {@code text} takes, escape sequences excluded. */
  public static int displayWidth(String text) {
    String plain = text.indexOf('\u001b') >= 0 ? Ansi.strip(text) : text;
    int width = 0;
    for (int i = 0; i < plain.length(); ) {
      int cp = plain.codePointAt(i);
      width += columns(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /** {@code text} followed by spaces up to {@code width} display columns. */
  public static String padRight(String text, int width) {
    return text + " ".repeat(Math.max(0, width - displayWidth(text)));
  }

  /** Spaces up to {@code width} display columns, followed by {@code text}. */
  public static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
  }

  /**
   * {@code label} then {@code text} wrapped to {@code width}, the lines after the first indented
   * under the start of the text: {@code "Hint 1/4: Split the..."} with its continuation aligned.
   */
  public static String hanging(String label, String text, int width) {
    int indent = displayWidth(label);
    List<String> lines = wrap(text, Math.max(20, width - indent));
    StringBuilder out = new StringBuilder(label);
    for (int i = 0; i < lines.size(); i++) {
      out.append(i == 0 ? "" : "\n" + " ".repeat(indent)).append(lines.get(i));
    }
    return out.toString();
  }

  /** {@code text} centred in {@code width} display columns (extra space goes right). */
  public static String center(String text, int width) {
    int room = Math.max(0, width - displayWidth(text));
    return " ".repeat(room / 2) + text + " ".repeat(room - room / 2);
  }

  /** Columns one code point takes on a terminal. */
  static int columns(int cp) {
    if (cp == 0 || cp < 32 || (cp >= 0x7f && cp < 0xa0)) {
      return 0;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || (cp >= 0xfe00 && cp <= 0xfe0f)) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115f)
        || (cp >= 0x2e80 && cp <= 0xa4cf && cp != 0x303f)
        || (cp >= 0xac00 && cp <= 0xd7a3)
        || (cp >= 0xf900 && cp <= 0xfaff)
        || (cp >= 0xfe30 && cp <= 0xfe4f)
        || (cp >= 0xff00 && cp <= 0xff60)
        || (cp >= 0xffe0 && cp <= 0xffe6)
        || (cp >= 0x1f300 && cp <= 0x1f64f)
        || (cp >= 0x1f900 && cp <= 0x1f9ff)
        || (cp >= 0x20000 && cp <= 0x3fffd);
  }

  /** One wrapping run: greedy filling, tracking which styles are on. */
  private static final class Wrapper {
    private final int width;
    private final List<String> lines = new ArrayList<>();
    private final List<String> activeStyles = new ArrayList<>();
    private StringBuilder line = new StringBuilder();
    private int lineWidth;
    private String pendingSpace = "";
    private boolean hardLineStart = true;

    Wrapper(int width) {
      this.width = width;
    }

    List<String> run(String text) {
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == '\n') {
          breakLine();
          hardLineStart = true;
          i++;
        } else if (c == ' ' || c == '\t') {
          int end = i;
          while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
          }
          pendingSpace = text.substring(i, end).replace("\t", "    ");
          i = end;
        } else {
          int end = i;
          while (end < text.length()
              && text.charAt(end) != ' '
              && text.charAt(end) != '\t'
              && text.charAt(end) != '\n') {
            end++;
          }
          word(text.substring(i, end));
          i = end;
        }
      }
      lines.add(finish());
      return lines;
    }

    private void word(String word) {
      int w = displayWidth(word);
      String space = lineWidth == 0 && !hardLineStart ? "" : pendingSpace;
      if (w == 0) {
        append(word);
        return;
      }
      if (lineWidth + space.length() + w <= width) {
        append(space);
        lineWidth += space.length();
        append(word);
        lineWidth += w;
      } else if (w <= width) {
        breakLine();
        append(word);
        lineWidth = w;
      } else {
        if (lineWidth > 0) {
          breakLine();
        }
        split(word);
      }
      pendingSpace = "";
      hardLineStart = false;
    }

    /** Breaks a word wider than a line at column boundaries, keeping escapes whole. */
    private void split(String word) {
      Matcher escape = Ansi.ESCAPE.matcher(word);
      int i = 0;
      while (i < word.length()) {
        if (word.charAt(i) == '\u001b' && escape.find(i) && escape.start() == i) {
          append(escape.group());
          i = escape.end();
          continue;
        }
        int cp = word.codePointAt(i);
        int cols = columns(cp);
        if (lineWidth + cols > width && lineWidth > 0) {
          breakLine();
        }
        line.appendCodePoint(cp);
        lineWidth += cols;
        i += Character.charCount(cp);
      }
    }

    /** Appends text, noting any style switched on or reset on the way. */
    private void append(String text) {
      line.append(text);
      if (text.indexOf('\u001b') < 0) {
        return;
      }
      Matcher escape = Ansi.ESCAPE.matcher(text);
      while (escape.find()) {
        String seq = escape.group();
        if (!seq.endsWith("m") || !seq.startsWith("\u001b[")) {
          continue;
        }
        String params = seq.substring(2, seq.length() - 1);
        if (params.isEmpty() || params.equals("0")) {
          activeStyles.clear();
        } else {
          activeStyles.add(seq);
        }
      }
    }

    private String finish() {
      if (!activeStyles.isEmpty()) {
        line.append(Ansi.RESET);
      }
      return line.toString();
    }

    private void breakLine() {
      lines.add(finish());
      line = new StringBuilder(String.join("", activeStyles));
      lineWidth = 0;
      pendingSpace = "";
      hardLineStart = false;
    }
  }
}
