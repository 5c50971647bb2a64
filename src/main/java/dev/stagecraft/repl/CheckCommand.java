package dev.stagecraft.repl;

import dev.stagecraft.app.Checked;
import dev.stagecraft.app.FileProblems;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.Grade;
import dev.stagecraft.report.ProgressText;
import dev.stagecraft.report.TerminalReport;
import dev.stagecraft.terminal.TextWrap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code check [EXERCISE]}: builds and grades, streaming the build's steps as they run. */
final class CheckCommand implements ReplCommand {

  @Override
  public String name() {
    return "check";
  }

  @Override
  public String usage() {
    return "check [EXERCISE]";
  }

  @Override
  public String summary() {
    return "build your Dockerfile and grade it (default: the current exercise)";
  }

  @Override
  public boolean usesEngine() {
    return true;
  }

  @Override
  public List<String> argumentCandidates(ReplSession session) {
    return session.exerciseIds();
  }

  @Override
  public void run(List<String> args, ReplSession session) {
    Optional<Exercise> exercise = session.exerciseFrom(args, "check 3");
    if (exercise.isEmpty()) {
      return;
    }
    session.setCurrentExercise(exercise.get());
    checkAndReport(exercise.get(), Optional.empty(), session);
  }

  /**
   * Checks {@code exercise} (its own Dockerfile, or {@code dockerfile}) and prints the report and
   * what to do next; {@code watch} shares it.
   */
  static void checkAndReport(Exercise exercise, Optional<Path> dockerfile, ReplSession session) {
    session.println("Checking " + exercise.id() + "…");
    try {
      Checked checked =
          session
              .bench()
              .check(
                  exercise,
                  dockerfile,
                  event -> {
                    if (!session.cancelled()) {
                      ProgressText.describe(event).ifPresent(session::println);
                    }
                  });
      if (session.cancelled()) {
        session.println("Check stopped. Type `check` to start again.");
        return;
      }
      Grade grade = checked.grade();
      checked.warnings().forEach(session::println);
      session.print(new TerminalReport(session.color(), session.width()).render(grade));
      if (grade.passed()) {
        String next =
            "Well done. "
                + Welcome.whatsNext(
                    session.bench().course(),
                    exercise,
                    session.bench().progress().load().progress());
        session.println(String.join("\n", TextWrap.wrap(next, session.width())));
      } else if (grade.results().stream().anyMatch(r -> r.hint().isPresent())) {
        session.println("Stuck? Type `hint`.");
      }
    } catch (IOException e) {
      session.println(FileProblems.describe(e));
    } catch (CheckSpecException e) {
      session.println(
          e.getMessage() + " (the exercise's author can fix this; other exercises still work)");
    }
  }
}
