package dev.stagecraft.repl;

import dev.stagecraft.course.Exercise;
import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.TextWrap;
import java.util.List;

/** {@code exercises}: every exercise with the learner's progress on it. */
final class ExercisesCommand implements ReplCommand {

  @Override
  public String name() {
    return "exercises";
  }

  @Override
  public String usage() {
    return "exercises";
  }

  @Override
  public String summary() {
    return "list the exercises and your progress";
  }

  @Override
  public void run(List<String> args, ReplSession session) {
    var progress = session.bench().progress().load().progress();
    for (Exercise exercise : session.bench().course().exercises()) {
      String status =
          progress
              .status(exercise.id())
              .name()
              .toLowerCase(java.util.Locale.ROOT)
              .replace('_', ' ');
      String current =
          session.currentExercise().filter(e -> e.id().equals(exercise.id())).isPresent()
              ? " ← current"
              : "";
      // Ids and titles come from the course's files, which a course pack's author wrote.
      session.println(
          TextWrap.hanging(
              String.format("  %-22s %-12s ", exercise.id(), status),
              ForeignText.forTerminal(exercise.title()) + current,
              session.width()));
    }
    session.println("Type `check EXERCISE` to grade one.");
  }
}
