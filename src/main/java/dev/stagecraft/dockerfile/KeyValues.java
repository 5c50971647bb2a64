package dev.stagecraft.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the pairs of an ENV or LABEL instruction, in both forms Docker accepts: {@code ENV A=1
 * B="two words"} and the legacy {@code ENV NAME the rest of the line}.
 */
public final class KeyValues {
  /**
   * One pair.
   *
   * @param key the name
   * @param value the value, quotes removed
   */
  public record Pair(String key, String value) {}

  private KeyValues() {}

  /** The pairs the instruction sets; empty when it has none. */
  public static List<Pair> of(Instruction instruction) {
    List<String> words = ShellWords.split(instruction.arguments());
    List<Pair> pairs = new ArrayList<>();
    if (words.isEmpty()) {
      return pairs;
    }
    if (words.get(0).indexOf('=') <= 0) {
      String key = words.get(0);
      String value = String.join(" ", words.subList(1, words.size()));
      pairs.add(new Pair(key, value));
      return pairs;
    }
    for (String word : words) {
      int equals = word.indexOf('=');
      if (equals > 0) {
        pairs.add(new Pair(word.substring(0, equals), word.substring(equals + 1)));
      }
    }
    return pairs;
  }
}
