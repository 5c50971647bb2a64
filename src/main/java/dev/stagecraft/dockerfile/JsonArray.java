package dev.stagecraft.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the exec form of an instruction: a JSON array of strings. Anything else (a number, a nested
 * array, a single-quoted string, trailing text) is not exec form, and Docker then treats the
 * arguments as a shell command.
 */
final class JsonArray {
  private final String s;
  private int pos;

  private JsonArray(String s) {
    this.s = s;
  }

  static Optional<List<String>> parseStrings(String text) {
    return new JsonArray(text).array();
  }

  private Optional<List<String>> array() {
    skipWhitespace();
    if (!consume('[')) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    skipWhitespace();
    if (consume(']')) {
      return atEnd() ? Optional.of(values) : Optional.empty();
    }
    while (true) {
      skipWhitespace();
      Optional<String> value = string();
      if (value.isEmpty()) {
        return Optional.empty();
      }
      values.add(value.get());
      skipWhitespace();
      if (consume(']')) {
        return atEnd() ? Optional.of(values) : Optional.empty();
      }
      if (!consume(',')) {
        return Optional.empty();
      }
    }
  }

  private Optional<String> string() {
    if (!consume('"')) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    while (pos < s.length()) {
      char c = s.charAt(pos++);
      if (c == '"') {
        return Optional.of(out.toString());
      }
      if (c < 0x20) {
        return Optional.empty();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (pos >= s.length()) {
        return Optional.empty();
      }
      char e = s.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (pos + 4 > s.length()) {
            return Optional.empty();
          }
          int code = 0;
          for (int k = 0; k < 4; k++) {
            int digit = Character.digit(s.charAt(pos + k), 16);
            if (digit < 0) {
              return Optional.empty();
            }
            code = code * 16 + digit;
          }
          pos += 4;
          out.append((char) code);
        }
        default -> {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private boolean consume(char c) {
    if (pos < s.length() && s.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void skipWhitespace() {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
  }

  private boolean atEnd() {
    skipWhitespace();
    return pos == s.length();
  }
}
