package dev.stagecraft.terminal;

import java.util.regex.Pattern;

/**
 * Paints text with ANSI escape codes, or leaves it alone when colour is off, so that renderers can
 * be written once and used for terminals and for pipes alike.
 */
public final class Ansi {

  /** The escape that turns every attribute off. */
  public static final String RESET = "\u001b[0m";

  /** Paints. */
  public static final Ansi COLOR = new Ansi(true);

  /** Returns text unchanged. */
  public static final Ansi PLAIN = new Ansi(false);

  /** Any CSI sequence (colours, cursor moves) and OSC sequences such as hyperlinks. */
  static final Pattern ESCAPE =
      Pattern.compile(
          "\u001b\\[[0-9;?]*[ -/]*[@-~]|\u001b\\][^\u0007\u001b]*(?:\u0007|\u001b\\\\)");

  private final boolean enabled;

  private Ansi(boolean enabled) {
    this.enabled = enabled;
  }

  /** {@link #COLOR} when {@code enabled}, else {@link #PLAIN}. */
  public static Ansi of(boolean enabled) {
    return enabled ? COLOR : PLAIN;
  }

  /** Whether this paints at all. */
  public boolean enabled() {
    return enabled;
  }

  /** The escape that switches {@code styles} on, or "" when colour is off or there are none. */
  public String start(Style... styles) {
    if (!enabled || styles.length == 0) {
      return "";
    }
    StringBuilder out = new StringBuilder("\u001b[");
    for (int i = 0; i < styles.length; i++) {
      out.append(i == 0 ? "" : ";").append(styles[i].code());
    }
    return out.append('m').toString();
  }

  /** The reset escape, or "" when colour is off. */
  public String reset() {
    return enabled ? RESET : "";
  }

  /** {@code text} with {@code styles} switched on before it and everything reset after it. */
  public String paint(String text, Style... styles) {
    if (!enabled || styles.length == 0 || text.isEmpty()) {
      return text;
    }
    return start(styles) + text + RESET;
  }

  /** Bold text. */
  public String bold(String text) {
    return paint(text, Style.BOLD);
  }

  /** Dim text, for things of secondary interest. */
  public String dim(String text) {
    return paint(text, Style.DIM);
  }

  /** Red text, for failures. */
  public String red(String text) {
    return paint(text, Style.RED);
  }

  /** Green text, for passes. */
  public String green(String text) {
    return paint(text, Style.GREEN);
  }

  /** Yellow text, for warnings. */
  public String yellow(String text) {
    return paint(text, Style.YELLOW);
  }

  /** Cyan text, for names and headings. */
  public String cyan(String text) {
    return paint(text, Style.CYAN);
  }

  /** {@code text} without any escape sequences. */
  public static String strip(String text) {
    return ESCAPE.matcher(text).replaceAll("");
  }
}
