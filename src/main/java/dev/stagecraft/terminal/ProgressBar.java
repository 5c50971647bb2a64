package dev.stagecraft.terminal;

/**
 * A one-line progress bar with its count in words, such as {@code ███████░░░░ 5 of 13 passed}, so
 * it reads the same without colour and the bar is only a picture of the words.
 */
public final class ProgressBar {

  /** The widest bar drawn, however wide the terminal. */
  public static final int MAX_BAR = 40;

  private ProgressBar() {}

  /**
   * The bar for {@code done} of {@code total}, then {@code " " + label}: the bar takes what room
   * {@code width} leaves (up to {@link #MAX_BAR}), and is left out when fewer than 5 columns do.
   */
  public static String line(int done, int total, String label, int width, Ansi ansi) {
    String words = done + " of " + total + " " + label;
    int room = Math.min(MAX_BAR, width - TextWrap.displayWidth(words) - 1);
    if (room < 5 || total <= 0) {
      return words;
    }
    int filled = (int) Math.round((double) room * Math.max(0, Math.min(done, total)) / total);
    return ansi.green("█".repeat(filled)) + ansi.dim("░".repeat(room - filled)) + " " + words;
  }
}
