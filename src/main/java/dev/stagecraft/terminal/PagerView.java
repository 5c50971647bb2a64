package dev.stagecraft.terminal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a pager shows: a window of {@code height} lines over a text, moved by pages, lines, jumps
 * and searches. Pure state, so every key's effect can be tested without a terminal; {@link Pager}
 * reads the keys and draws.
 */
public final class PagerView {

  private final List<String> lines;
  private final List<String> plain;
  private int height;
  private int top;
  private Optional<String> lastSearch = Optional.empty();
  private int match = -1;

  /**
   * A view of {@code lines} (which may carry colour escapes) {@code height} lines high, starting at
   * line {@code top} (clamped into the text).
   */
  public PagerView(List<String> lines, int height, int top) {
    this.lines = List.copyOf(lines);
    this.plain = this.lines.stream().map(Ansi::strip).toList();
    this.height = Math.max(1, height);
    this.top = clamp(top);
  }

  /** The first line shown, counted from 0. */
  public int top() {
    return top;
  }

  /** How many lines the text has. */
  public int size() {
    return lines.size();
  }

  /** How many lines one screen shows. */
  public int height() {
    return height;
  }

  /** The lines on screen now. */
  public List<String> visible() {
    return lines.subList(top, Math.min(lines.size(), top + height));
  }

  /** Whether the last line is on screen. */
  public boolean atEnd() {
    return top + height >= lines.size();
  }

  /**
   * The same place in the text laid out again (for a terminal that changed width): the top moves in
   * proportion, and the last search is kept for {@code n}.
   */
  public PagerView relaidOut(List<String> newLines, int rows) {
    int newTop = lines.isEmpty() ? 0 : (int) ((long) top * newLines.size() / lines.size());
    PagerView view = new PagerView(newLines, rows, newTop);
    view.lastSearch = lastSearch;
    return view;
  }

  /** The terminal was resized: keep the top line, show {@code rows} lines from it. */
  public void resize(int rows) {
    height = Math.max(1, rows);
    top = clamp(top);
  }

  public void nextPage() {
    top = clamp(top + height);
  }

  public void previousPage() {
    top = clamp(top - height);
  }

  public void lineDown() {
    top = clamp(top + 1);
  }

  public void lineUp() {
    top = clamp(top - 1);
  }

  public void first() {
    top = 0;
  }

  public void last() {
    top = clamp(lines.size());
  }

  /**
   * Moves the first line after the top one that contains {@code query} to the top, as less does;
   * remembers the query for {@link #searchAgain()}. Colour is ignored, and so is case unless the
   * query has a capital letter (less's smart case). False when no line below matches; the view then
   * stays where it was.
   */
  public boolean search(String query) {
    if (query.isEmpty()) {
      return searchAgain();
    }
    lastSearch = Optional.of(query);
    return searchAgain();
  }

  /** Finds the next match of the last search; false when there was none or no more. */
  public boolean searchAgain() {
    if (lastSearch.isEmpty()) {
      return false;
    }
    // Near the end a match cannot reach the top; the next search starts after it, not the top.
    int from = match >= top && match < top + height ? match + 1 : top + 1;
    String query = lastSearch.get();
    boolean ignoreCase = query.equals(query.toLowerCase(Locale.ROOT));
    for (int i = from; i < plain.size(); i++) {
      String line = ignoreCase ? plain.get(i).toLowerCase(Locale.ROOT) : plain.get(i);
      if (line.contains(query)) {
        top = clamp(i);
        match = i;
        return true;
      }
    }
    return false;
  }

  /** The line the last successful search found, while it is on screen. */
  public Optional<Integer> match() {
    return match >= top && match < top + height ? Optional.of(match) : Optional.empty();
  }

  /** The query of the last search, if any. */
  public Optional<String> lastSearch() {
    return lastSearch;
  }

  /** The top line of the last page, or the line asked for if that is nearer the start. */
  private int clamp(int line) {
    int lastTop = Math.max(0, lines.size() - height);
    return Math.max(0, Math.min(line, lastTop));
  }
}
