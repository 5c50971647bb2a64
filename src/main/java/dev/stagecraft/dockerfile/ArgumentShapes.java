package dev.stagecraft.dockerfile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The argument shapes Docker's Dockerfile parser refuses before building, in its words, so a file
 * stagecraft accepts is one Docker accepts: {@code ENV KEY} with no value ("ENV must have two
 * arguments"), a key=value list with a bare word, a blank name, {@code COPY} or {@code ADD} with no
 * destination, a {@code HEALTHCHECK} that is neither CMD nor NONE. Instructions with no arguments
 * at all are refused elsewhere.
 */
final class ArgumentShapes {

  private ArgumentShapes() {}

  /** What is wrong with the arguments of {@code keyword}, if Docker would refuse them. */
  static Optional<String> problem(
      String keyword, String arguments, Optional<List<String>> execForm, boolean heredoc) {
    if (arguments.isEmpty()) {
      return Optional.empty();
    }
    return switch (keyword) {
      case "ENV", "LABEL" -> keyValues(keyword, arguments);
      case "COPY", "ADD" ->
          heredoc ? Optional.empty() : sourceAndDestination(keyword, arguments, execForm);
      case "HEALTHCHECK" -> healthcheck(arguments);
      default -> Optional.empty();
    };
  }

  private static Optional<String> keyValues(String keyword, String arguments) {
    List<String> words = ShellWords.split(arguments);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    String first = words.get(0);
    if (!first.contains("=")) {
      // The legacy form: the first word is the name, the rest of the line its value.
      return words.size() < 2
          ? Optional.of(
              keyword
                  + " "
                  + InstructionReader.printable(first)
                  + " has no value, which Docker refuses (\""
                  + keyword
                  + " must have two arguments\"); write "
                  + keyword
                  + " "
                  + InstructionReader.printable(first)
                  + "=value")
          : Optional.empty();
    }
    for (String word : words) {
      if (!word.contains("=")) {
        return Optional.of(
            keyword
                + " mixes name=value pairs with the word '"
                + InstructionReader.printable(word)
                + "', which Docker refuses (\"can't find = in it\"); give it a value or quote"
                + " the value it belongs to");
      }
      if (word.startsWith("=")) {
        return Optional.of(
            keyword
                + " sets a value with no name ('"
                + InstructionReader.printable(word)
                + "'), which Docker refuses (\""
                + keyword
                + " names can not be blank\"); put the name before the =");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> sourceAndDestination(
      String keyword, String arguments, Optional<List<String>> execForm) {
    int count = execForm.map(List::size).orElseGet(() -> ShellWords.split(arguments).size());
    return count < 2
        ? Optional.of(
            keyword
                + " needs a source and a destination, which Docker requires (\""
                + keyword
                + " requires at least two arguments\"); write "
                + keyword
                + " SOURCE... DESTINATION")
        : Optional.empty();
  }

  private static Optional<String> healthcheck(String arguments) {
    List<String> words = ShellWords.split(arguments);
    String type = words.isEmpty() ? "" : words.get(0).toUpperCase(Locale.ROOT);
    if (type.equals("NONE")) {
      return words.size() == 1
          ? Optional.empty()
          : Optional.of(
              "HEALTHCHECK NONE takes no arguments, as Docker says; remove what follows NONE");
    }
    if (type.equals("CMD")) {
      return words.size() > 1
          ? Optional.empty()
          : Optional.of(
              "HEALTHCHECK CMD has no command, which Docker refuses (\"Missing command after"
                  + " HEALTHCHECK CMD\"); give the command to run");
    }
    return Optional.of(
        "HEALTHCHECK takes CMD command or NONE; Docker refuses '"
            + InstructionReader.printable(words.isEmpty() ? arguments : words.get(0))
            + "' (\"Unknown type in HEALTHCHECK (try CMD)\")");
  }
}
