package dev.stagecraft.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words at unquoted whitespace, the way a POSIX shell does before expansion. One
 * pass, no regular expressions, so a megabyte of input costs a megabyte of work.
 */
public final class ShellWords {
  private ShellWords() {}

  /** Words with quotes removed and escapes resolved ({@code "a b"} becomes {@code a b}). */
  public static List<String> split(String text) {
    return split(text, '\\', false);
  }

  /** Words exactly as written, quotes and escapes kept ({@code "a b"} stays {@code "a b"}). */
  public static List<String> splitRaw(String text) {
    return split(text, '\\', true);
  }

  static List<String> split(String text, char escape, boolean raw) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    int i = 0;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      if (quote == 0 && Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
        i++;
        continue;
      }
      inWord = true;
      if (quote == 0 && (c == '\'' || c == '"')) {
        quote = c;
        if (raw) {
          word.append(c);
        }
      } else if (quote != 0 && c == quote) {
        quote = 0;
        if (raw) {
          word.append(c);
        }
      } else if (c == escape && quote != '\'' && i + 1 < length) {
        if (raw) {
          word.append(c);
        }
        word.append(text.charAt(i + 1));
        i++;
      } else {
        word.append(c);
      }
      i++;
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
