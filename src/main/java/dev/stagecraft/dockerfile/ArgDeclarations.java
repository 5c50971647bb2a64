package dev.stagecraft.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the names and defaults an ARG declares: {@code ARG A}, {@code ARG B=1 C="x y"}. */
public final class ArgDeclarations {
  /**
   * One declared build argument.
   *
   * @param name the argument name
   * @param defaultValue the value after {@code =}, quotes removed, if given
   */
  public record Declaration(String name, Optional<String> defaultValue) {}

  private ArgDeclarations() {}

  /** The arguments an ARG instruction declares; empty for any other instruction. */
  public static List<Declaration> of(Instruction instruction) {
    if (!instruction.is("ARG")) {
      return List.of();
    }
    List<Declaration> declarations = new ArrayList<>();
    for (String word : ShellWords.split(instruction.arguments())) {
      int equals = word.indexOf('=');
      if (equals < 0) {
        declarations.add(new Declaration(word, Optional.empty()));
      } else if (equals > 0) {
        declarations.add(
            new Declaration(word.substring(0, equals), Optional.of(word.substring(equals + 1))));
      }
    }
    return declarations;
  }
}
