package dev.stagecraft.terminal;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a table with box-drawing borders in a given width: columns get their natural width when
 * it fits; otherwise every column keeps room for its longest word where possible and the rest of
 * the space goes to the columns that are short of it most, with cells wrapped.
 */
final class TableLayout {

  /** How a column's cells sit in their width. */
  enum Align {
    LEFT,
    CENTER,
    RIGHT
  }

  /** Narrower columns than this are unreadable; such tables are stacked instead. */
  static final int MIN_COLUMN = 3;

  private final Glyphs glyphs;
  private final Ansi ansi;

  TableLayout(Glyphs glyphs, Ansi ansi) {
    this.glyphs = glyphs;
    this.ansi = ansi;
  }

  /**
   * Renders the table.
   *
   * @param header the header row's cells, already styled (bold, by the caller)
   * @param body the body rows' cells, already styled
   * @param aligns one per column (missing ones are left)
   * @param width the columns available, borders included
   */
  List<String> render(List<String> header, List<List<String>> body, List<Align> aligns, int width) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    rows.addAll(body);
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    if (columns == 0) {
      return List.of();
    }
    if (width - (3 * columns + 1) < MIN_COLUMN * columns) {
      return stacked(header, body, width);
    }
    int[] widths = columnWidths(rows, columns, width);
    List<List<List<String>>> wrapped = new ArrayList<>();
    boolean tall = false;
    for (int r = 0; r < rows.size(); r++) {
      List<List<String>> cells = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        List<String> lines = TextWrap.wrap(cell(rows.get(r), c), widths[c]);
        cells.add(lines);
        tall |= r > 0 && lines.size() > 1;
      }
      wrapped.add(cells);
    }
    List<String> out = new ArrayList<>();
    out.add(border(widths, glyphs.topLeft(), glyphs.teeDown(), glyphs.topRight()));
    for (int r = 0; r < wrapped.size(); r++) {
      if (r == 1 || (r > 1 && tall)) {
        out.add(border(widths, glyphs.teeRight(), glyphs.cross(), glyphs.teeLeft()));
      }
      out.addAll(row(wrapped.get(r), widths, aligns));
    }
    out.add(border(widths, glyphs.bottomLeft(), glyphs.teeUp(), glyphs.bottomRight()));
    return out;
  }

  /**
   * A table too wide for its width, as one record per row: {@code header: value} lines with a rule
   * between rows.
   */
  private List<String> stacked(List<String> header, List<List<String>> body, int width) {
    List<String> out = new ArrayList<>();
    for (List<String> row : body) {
      out.add(ansi.dim(glyphs.rule(width)));
      for (int c = 0; c < row.size(); c++) {
        String label = cell(header, c);
        String text = label.isEmpty() ? row.get(c) : label + ansi.dim(":") + " " + row.get(c);
        List<String> lines = TextWrap.wrap(text, width - 2);
        for (int i = 0; i < lines.size(); i++) {
          out.add((i == 0 ? "" : "  ") + lines.get(i));
        }
      }
    }
    out.add(ansi.dim(glyphs.rule(width)));
    return out;
  }

  static int[] columnWidths(List<List<String>> rows, int columns, int width) {
    int[] natural = new int[columns];
    int[] longestWord = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        for (String line : cell(row, c).split("\n", -1)) {
          natural[c] = Math.max(natural[c], TextWrap.displayWidth(line));
          for (String word : line.split(" ")) {
            longestWord[c] = Math.max(longestWord[c], TextWrap.displayWidth(word));
          }
        }
      }
    }
    int available = Math.max(columns, width - (3 * columns + 1));
    int total = 0;
    for (int c = 0; c < columns; c++) {
      natural[c] = Math.max(1, natural[c]);
      total += natural[c];
    }
    if (total <= available) {
      return natural;
    }
    int[] widths = new int[columns];
    total = 0;
    for (int c = 0; c < columns; c++) {
      widths[c] = Math.max(1, Math.min(longestWord[c], natural[c]));
      total += widths[c];
    }
    while (total > available) {
      int widest = 0;
      for (int c = 1; c < columns; c++) {
        widest = widths[c] > widths[widest] ? c : widest;
      }
      widths[widest]--;
      total--;
    }
    new Heights(rows, natural).spend(widths, available - total);
    return widths;
  }

  /**
   * Spends spare columns where they save the most wrapped lines: first the table's height, which is
   * what the reader pays for, then the number of broken cells, so that no single column hoards the
   * space.
   */
  private static final class Heights {
    private final int[] natural;

    /** lines[c][w][r]: how many lines the cell of row r, column c takes at width w. */
    private final int[][][] lines;

    Heights(List<List<String>> rows, int[] natural) {
      this.natural = natural;
      this.lines = new int[natural.length][][];
      for (int c = 0; c < natural.length; c++) {
        lines[c] = new int[natural[c] + 1][rows.size()];
        for (int w = 1; w <= natural[c]; w++) {
          for (int r = 0; r < rows.size(); r++) {
            lines[c][w][r] = TextWrap.wrap(cell(rows.get(r), c), w).size();
          }
        }
      }
    }

    void spend(int[] widths, int spare) {
      while (spare > 0) {
        long base = cost(widths);
        int best = -1;
        int bestStep = 0;
        double bestGain = 0;
        for (int c = 0; c < widths.length; c++) {
          for (int step = 1; step <= Math.min(spare, natural[c] - widths[c]); step++) {
            widths[c] += step;
            long saved = base - cost(widths);
            widths[c] -= step;
            if (saved > 0) {
              double gain = (double) saved / step;
              if (gain > bestGain) {
                best = c;
                bestStep = step;
                bestGain = gain;
              }
              break;
            }
          }
        }
        if (best < 0) {
          spendOnShortfall(widths, spare);
          return;
        }
        widths[best] += bestStep;
        spare -= bestStep;
      }
    }

    /** When no column saves a line any more, the rest goes to the columns furthest from natural. */
    private void spendOnShortfall(int[] widths, int spare) {
      for (; spare > 0; spare--) {
        int neediest = -1;
        for (int c = 0; c < widths.length; c++) {
          int shortfall = natural[c] - widths[c];
          if (shortfall > 0 && (neediest < 0 || shortfall > natural[neediest] - widths[neediest])) {
            neediest = c;
          }
        }
        if (neediest < 0) {
          return;
        }
        widths[neediest]++;
      }
    }

    /** The table's height, weighted far above the total number of cell lines. */
    private long cost(int[] widths) {
      int rows = lines[0][Math.max(1, widths[0])].length;
      long height = 0;
      long cellLines = 0;
      for (int r = 0; r < rows; r++) {
        int tallest = 1;
        for (int c = 0; c < widths.length; c++) {
          int count = lines[c][Math.min(widths[c], natural[c])][r];
          tallest = Math.max(tallest, count);
          cellLines += count;
        }
        height += tallest;
      }
      return height * 10_000 + cellLines;
    }
  }

  private List<String> row(List<List<String>> cells, int[] widths, List<Align> aligns) {
    int height = cells.stream().mapToInt(List::size).max().orElse(1);
    String bar = ansi.dim(String.valueOf(glyphs.vertical()));
    List<String> out = new ArrayList<>();
    for (int line = 0; line < height; line++) {
      StringBuilder text = new StringBuilder(bar);
      for (int c = 0; c < widths.length; c++) {
        List<String> lines = cells.get(c);
        String content = line < lines.size() ? lines.get(line) : "";
        Align align = c < aligns.size() ? aligns.get(c) : Align.LEFT;
        text.append(' ').append(pad(content, widths[c], align)).append(' ').append(bar);
      }
      out.add(text.toString());
    }
    return out;
  }

  private static String pad(String content, int width, Align align) {
    return switch (align) {
      case LEFT -> TextWrap.padRight(content, width);
      case RIGHT -> TextWrap.padLeft(content, width);
      case CENTER -> TextWrap.center(content, width);
    };
  }

  private String border(int[] widths, char left, char join, char right) {
    StringBuilder line = new StringBuilder().append(left);
    for (int c = 0; c < widths.length; c++) {
      line.append(String.valueOf(glyphs.rule()).repeat(widths[c] + 2));
      line.append(c == widths.length - 1 ? right : join);
    }
    return ansi.dim(line.toString());
  }

  private static String cell(List<String> row, int column) {
    return column < row.size() ? row.get(column) : "";
  }
}
