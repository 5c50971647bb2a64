package dev.stagecraft.repl;

import dev.stagecraft.app.FileProblems;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.dockerfile.Dockerfile;
import dev.stagecraft.dockerfile.DockerfileParser;
import dev.stagecraft.lint.Finding;
import dev.stagecraft.lint.LintContext;
import dev.stagecraft.lint.Linter;
import dev.stagecraft.report.FindingsReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code lint [EXERCISE]}: instant feedback on the Dockerfile, without building anything. */
final class LintCommand implements ReplCommand {

  private final Linter linter = Linter.withAllRules();

  @Override
  public String name() {
    return "lint";
  }

  @Override
  public String usage() {
    return "lint [EXERCISE]";
  }

  @Override
  public String summary() {
    return "review your Dockerfile without building it (instant)";
  }

  @Override
  public List<String> argumentCandidates(ReplSession session) {
    return session.exerciseIds();
  }

  @Override
  public void run(List<String> args, ReplSession session) {
    Optional<Exercise> exercise = session.exerciseFrom(args, "lint 3");
    if (exercise.isEmpty()) {
      return;
    }
    session.setCurrentExercise(exercise.get());
    try {
      Path file = exercise.get().dockerfile();
      Dockerfile dockerfile =
          DockerfileParser.parse(
              Files.readString(file), session.bench().course().home().relativize(file).toString());
      List<Finding> findings =
          linter.lint(new LintContext(dockerfile, Optional.of(exercise.get().directory())));
      session.print(FindingsReport.render(findings, session.color(), session.width()));
    } catch (IOException e) {
      session.println(FileProblems.describe(e));
    }
  }
}
