package dev.stagecraft.terminal;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The characters used to draw rules, frames, tables and list bullets. Box-drawing characters look
 * best; ASCII is for outputs that cannot encode them (a terminal in the C locale).
 *
 * @param rule a thin horizontal line
 * @param heavyRule the line under a top-level heading
 * @param vertical a thin vertical line
 * @param topLeft corner
 * @param topRight corner
 * @param bottomLeft corner
 * @param bottomRight corner
 * @param teeDown top edge where a column border starts
 * @param teeUp bottom edge where a column border ends
 * @param teeRight left edge where a row border starts
 * @param teeLeft right edge where a row border ends
 * @param cross where row and column borders meet
 * @param bullets list bullets by nesting depth (repeating)
 * @param quoteBar the bar in front of block quotes
 * @param continuation the mark in front of a code line broken because it was too long
 */
public record Glyphs(
    char rule,
    char heavyRule,
    char vertical,
    char topLeft,
    char topRight,
    char bottomLeft,
    char bottomRight,
    char teeDown,
    char teeUp,
    char teeRight,
    char teeLeft,
    char cross,
    List<String> bullets,
    String quoteBar,
    String continuation) {

  public Glyphs {
    bullets = List.copyOf(bullets);
  }

  /** Box-drawing characters. */
  public static final Glyphs UNICODE =
      new Glyphs(
          '─',
          '━',
          '│',
          '┌',
          '┐',
          '└',
          '┘',
          '┬',
          '┴',
          '├',
          '┤',
          '┼',
          List.of("•", "◦", "▪"),
          "▌",
          "↪");

  /** Plain ASCII. */
  public static final Glyphs ASCII =
      new Glyphs(
          '-',
          '=',
          '|',
          '+',
          '+',
          '+',
          '+',
          '+',
          '+',
          '+',
          '+',
          '+',
          List.of("*", "-", "+"),
          "|",
          ">");

  /** {@link #UNICODE} when {@code charset} can encode it, else {@link #ASCII}. */
  public static Glyphs forCharset(Charset charset) {
    return charset.newEncoder().canEncode("─━│┌┐└┘┬┴├┤┼•◦▪▌↪") ? UNICODE : ASCII;
  }

  /** The bullet for a list nested {@code depth} levels deep (0 for the outermost). */
  public String bullet(int depth) {
    return bullets.get(depth % bullets.size());
  }

  /** A rule {@code width} columns long. */
  public String rule(int width) {
    return String.valueOf(rule).repeat(Math.max(0, width));
  }
}
