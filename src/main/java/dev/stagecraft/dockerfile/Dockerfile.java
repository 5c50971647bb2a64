package dev.stagecraft.dockerfile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed Dockerfile: its directives, every instruction in file order, the stages they form and
 * the problems found on the way.
 *
 * @param sourceName the file name or label given to the parser, used in messages
 * @param directives parser directives at the top of the file
 * @param instructions all instructions in file order, including ARGs before the first FROM
 * @param stages the build stages in file order
 * @param problems what Docker would reject, each with its line
 * @param comments comment lines (outside heredocs), for inline suppressions
 */
public record Dockerfile(
    String sourceName,
    List<ParserDirective> directives,
    List<Instruction> instructions,
    List<Stage> stages,
    List<ParseProblem> problems,
    List<Comment> comments) {

  public Dockerfile {
    Objects.requireNonNull(sourceName, "sourceName");
    directives = List.copyOf(directives);
    instructions = List.copyOf(instructions);
    stages = List.copyOf(stages);
    problems = List.copyOf(problems);
    comments = List.copyOf(comments);
  }

  /** A Dockerfile without recorded comments. */
  public Dockerfile(
      String sourceName,
      List<ParserDirective> directives,
      List<Instruction> instructions,
      List<Stage> stages,
      List<ParseProblem> problems) {
    this(sourceName, directives, instructions, stages, problems, List.of());
  }

  /** The last stage: what {@code docker build} produces without {@code --target}. */
  public Optional<Stage> finalStage() {
    return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
  }

  /** The stage with this name (any case) or index ({@code "0"}, {@code "1"}, ...). */
  public Optional<Stage> stage(String nameOrIndex) {
    for (Stage s : stages) {
      if (s.name().isPresent() && s.name().get().equalsIgnoreCase(nameOrIndex)) {
        return Optional.of(s);
      }
    }
    for (Stage s : stages) {
      if (Integer.toString(s.index()).equals(nameOrIndex)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** True when the parser found something Docker would reject. */
  public boolean hasErrors() {
    return !problems.isEmpty();
  }

  /** The value of a parser directive ({@code syntax}, {@code escape}, {@code check}), if set. */
  public Optional<String> directive(String name) {
    return directives.stream()
        .filter(d -> d.name().equalsIgnoreCase(name))
        .map(ParserDirective::value)
        .findFirst();
  }

  /** The ARG instructions before the first FROM: the only variables FROM may expand. */
  public List<Instruction> globalArgs() {
    return instructions.stream().takeWhile(i -> !i.is("FROM")).filter(i -> i.is("ARG")).toList();
  }
}
