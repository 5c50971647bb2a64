package dev.stagecraft.cli;

/**
 * What the output can show: colour only on a real terminal (never into pipes or files), and the
 * width to wrap to.
 */
public record Screen(boolean color, int width) {

  private static final int DEFAULT_WIDTH = 80;

  public static Screen detect() {
    boolean terminal = System.console() != null;
    String term = System.getenv("TERM");
    boolean color =
        terminal && System.getenv("NO_COLOR") == null && term != null && !term.equals("dumb");
    return new Screen(color, columns());
  }

  private static int columns() {
    String columns = System.getenv("COLUMNS");
    if (columns != null) {
      try {
        int n = Integer.parseInt(columns.trim());
        if (n >= 20 && n <= 1000) {
          return n;
        }
      } catch (NumberFormatException e) {
        // COLUMNS is only a hint; fall back to the default
      }
    }
    return DEFAULT_WIDTH;
  }
}
