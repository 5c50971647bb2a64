package dev.stagecraft.dockerfile;

import java.util.Arrays;

/**
 * The text of a Dockerfile cut into lines the way Docker reads it: split at {@code \n}, a trailing
 * {@code \r} dropped, a leading byte order mark ignored.
 */
final class SourceLines {
  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final int count;

  private SourceLines(String text, int[] starts, int[] ends, int count) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.count = count;
  }

  static SourceLines of(String raw) {
    String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    int capacity = 16;
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int count = 0;
    int start = 0;
    int length = text.length();
    while (start < length) {
      int newline = text.indexOf('\n', start);
      int next = newline < 0 ? length : newline;
      int end = next;
      if (end > start && text.charAt(end - 1) == '\r') {
        end--;
      }
      if (count == capacity) {
        capacity *= 2;
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
      }
      starts[count] = start;
      ends[count] = end;
      count++;
      if (newline < 0) {
        break;
      }
      start = newline + 1;
    }
    return new SourceLines(text, starts, ends, count);
  }

  int size() {
    return count;
  }

  /** The content of the 0-based line {@code index}, without its line break. */
  String line(int index) {
    return text.substring(starts[index], ends[index]);
  }

  /** The original text of 0-based lines {@code first} to {@code last}, joined by newlines. */
  String span(int first, int last) {
    return text.substring(starts[first], ends[last]);
  }

  /** True when the line holds only spaces and tabs. */
  boolean isBlank(int index) {
    for (int i = starts[index]; i < ends[index]; i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /** True when the first non-blank character of the line is {@code #}. */
  boolean isComment(int index) {
    for (int i = starts[index]; i < ends[index]; i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        return c == '#';
      }
    }
    return false;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
