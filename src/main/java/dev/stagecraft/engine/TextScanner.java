package dev.stagecraft.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds which of a few literal texts occur in a stream of bytes, read once in chunks, so a text
 * split across two reads is still found. The texts are compared as UTF-8 bytes, case-sensitive: a
 * token is a token, in a text file, a binary or an archive stored without compression.
 */
public final class TextScanner {

  private static final int CHUNK = 64 * 1024;

  private final List<String> texts;
  private final byte[][] needles;
  private final int overlap;

  /**
   * @param texts the texts to look for; each must be non-empty
   */
  public TextScanner(List<String> texts) {
    this.texts = List.copyOf(texts);
    this.needles = new byte[this.texts.size()][];
    int longest = 0;
    for (int i = 0; i < needles.length; i++) {
      if (this.texts.get(i).isEmpty()) {
        throw new IllegalArgumentException("an empty text would be found everywhere");
      }
      needles[i] = this.texts.get(i).getBytes(StandardCharsets.UTF_8);
      longest = Math.max(longest, needles[i].length);
    }
    this.overlap = Math.max(0, longest - 1);
  }

  /** A scanner that looks for nothing and never reads. */
  public static TextScanner none() {
    return new TextScanner(List.of());
  }

  /** The texts looked for, in the order given. */
  public List<String> texts() {
    return texts;
  }

  public boolean isEmpty() {
    return needles.length == 0;
  }

  /**
   * The texts found in the rest of the stream, in the order they were given; reads it to its end.
   */
  public Set<String> scan(InputStream in) throws IOException {
    Set<String> found = new LinkedHashSet<>();
    if (isEmpty()) {
      return found;
    }
    byte[] buffer = new byte[overlap + CHUNK];
    int kept = 0;
    int read;
    while ((read = in.read(buffer, kept, CHUNK)) != -1) {
      int length = kept + read;
      for (int i = 0; i < needles.length; i++) {
        if (!found.contains(texts.get(i)) && contains(buffer, length, needles[i])) {
          found.add(texts.get(i));
        }
      }
      // Keep the tail, so a text that starts in this chunk and ends in the next is found.
      kept = Math.min(overlap, length);
      System.arraycopy(buffer, length - kept, buffer, 0, kept);
    }
    return found;
  }

  /** The texts found in one string, such as a history step or an environment variable. */
  public Set<String> scan(String value) {
    Set<String> found = new LinkedHashSet<>();
    for (String text : texts) {
      if (value.contains(text)) {
        found.add(text);
      }
    }
    return found;
  }

  private static boolean contains(byte[] haystack, int length, byte[] needle) {
    byte first = needle[0];
    int last = length - needle.length;
    for (int i = 0; i <= last; i++) {
      if (haystack[i] == first
          && Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return true;
      }
    }
    return false;
  }
}
