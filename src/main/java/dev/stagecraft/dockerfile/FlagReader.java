package dev.stagecraft.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads builder flags ({@code --from=x}, {@code --link}) from the start of an instruction's
 * arguments. Flags end at the first word that does not start with {@code --}, or after a lone
 * {@code --}. Quotes inside a flag group words and are removed from the value.
 */
final class FlagReader {
  record Result(List<InstructionFlag> flags, String rest) {}

  private FlagReader() {}

  static Result read(String arguments) {
    List<InstructionFlag> flags = new ArrayList<>();
    int length = arguments.length();
    int pos = 0;
    while (true) {
      while (pos < length && Character.isWhitespace(arguments.charAt(pos))) {
        pos++;
      }
      if (pos + 1 >= length || arguments.charAt(pos) != '-' || arguments.charAt(pos + 1) != '-') {
        break;
      }
      StringBuilder word = new StringBuilder();
      char quote = 0;
      int i = pos;
      while (i < length) {
        char c = arguments.charAt(i);
        if (quote == 0 && Character.isWhitespace(c)) {
          break;
        }
        if (quote == 0 && (c == '"' || c == '\'')) {
          quote = c;
        } else if (quote != 0 && c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
        i++;
      }
      pos = i;
      String text = word.toString();
      if (text.equals("--")) {
        break;
      }
      int equals = text.indexOf('=');
      if (equals < 0) {
        flags.add(new InstructionFlag(text.substring(2), Optional.empty()));
      } else {
        flags.add(
            new InstructionFlag(
                text.substring(2, equals), Optional.of(text.substring(equals + 1))));
      }
    }
    return new Result(flags, arguments.substring(Math.min(pos, length)).strip());
  }
}
