package dev.stagecraft.dockerfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups instructions into stages: each FROM opens one, ARGs before the first FROM supply the
 * variables FROM may expand, and anything else before the first FROM is an error.
 */
final class StageAssembler {
  private StageAssembler() {}

  static List<Stage> assemble(
      List<Instruction> instructions, char escape, List<ParseProblem> problems) {
    Map<String, String> globalArgs = new HashMap<>();
    List<Stage> stages = new ArrayList<>();
    Instruction currentFrom = null;
    List<Instruction> body = new ArrayList<>();
    for (Instruction instruction : instructions) {
      if (instruction.is("FROM")) {
        if (currentFrom != null) {
          stages.add(stage(stages.size(), currentFrom, body, globalArgs, escape, problems));
        }
        currentFrom = instruction;
        body = new ArrayList<>();
      } else if (currentFrom == null) {
        if (instruction.is("ARG")) {
          for (ArgDeclarations.Declaration d : ArgDeclarations.of(instruction)) {
            // Declared without a default and not passed with --build-arg, Docker expands it to "".
            if (d.defaultValue().isPresent()) {
              globalArgs.put(d.name(), d.defaultValue().get());
            } else {
              globalArgs.putIfAbsent(d.name(), "");
            }
          }
        } else {
          problems.add(
              new ParseProblem(
                  instruction.line(),
                  instruction.keyword()
                      + " comes before the first FROM; only ARG may stand there, so move it"
                      + " into a stage"));
        }
      } else {
        checkTrigger(instruction, problems);
        body.add(instruction);
      }
    }
    if (currentFrom != null) {
      stages.add(stage(stages.size(), currentFrom, body, globalArgs, escape, problems));
    } else {
      int line = instructions.isEmpty() ? 1 : instructions.get(0).line();
      problems.add(
          new ParseProblem(
              line,
              instructions.isEmpty()
                  ? "the file holds no instructions; a Dockerfile starts a stage with FROM image"
                  : "there is no FROM instruction; start the first stage with FROM image"));
    }
    return stages;
  }

  private static Stage stage(
      int index,
      Instruction from,
      List<Instruction> body,
      Map<String, String> globalArgs,
      char escape,
      List<ParseProblem> problems) {
    List<String> words = ShellWords.split(from.arguments(), escape, false);
    Optional<String> name = Optional.empty();
    String image = words.isEmpty() ? "" : words.get(0);
    if (words.size() == 3 && words.get(1).equalsIgnoreCase("AS")) {
      name = Optional.of(words.get(2));
      if (!isValidStageName(words.get(2))) {
        problems.add(
            new ParseProblem(
                from.line(),
                "invalid stage name '"
                    + InstructionReader.printable(words.get(2))
                    + "'; use a letter followed by letters, digits, '-', '_' or '.'"));
      }
    } else if (words.size() > 1) {
      problems.add(
          new ParseProblem(
              from.line(), "FROM takes an image and an optional name: FROM image [AS name]"));
    }
    // An ARG without a default is meant to come from --build-arg; when anything is unknown the
    // base stays as written, so readers see the variable instead of a wrong guess.
    String base = image;
    VariableExpander.Expansion expanded = VariableExpander.expand(image, globalArgs, escape);
    if (expanded.complete() && !expanded.value().isBlank()) {
      base = expanded.value();
    }
    return new Stage(index, name, from, base, body);
  }

  private static void checkTrigger(Instruction instruction, List<ParseProblem> problems) {
    if (instruction.is("ONBUILD")
        && !instruction.arguments().isEmpty()
        && instruction.onbuildTrigger().isEmpty()) {
      problems.add(
          new ParseProblem(
              instruction.line(),
              "ONBUILD must be followed by an instruction other than ONBUILD, FROM or"
                  + " MAINTAINER"));
    }
  }

  static boolean isValidStageName(String name) {
    if (name.isEmpty() || !Character.isLetter(name.charAt(0)) || name.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_'
              || c == '.';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
