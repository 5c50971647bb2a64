package dev.stagecraft.repl;

import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.ExerciseStatus;
import dev.stagecraft.terminal.Ansi;
import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.ProgressBar;
import dev.stagecraft.terminal.TextWrap;
import java.util.List;

/**
 * {@code exercises}: every exercise with a mark and a word for the learner's progress on it (so it
 * reads without colour), then a progress bar.
 */
final class ExercisesCommand implements ReplCommand {

  /** Below this many columns left for titles, each title goes on its own line. */
  private static final int NARROW_TITLE = 24;

  /** In front of the current exercise, where the others have two spaces. */
  private static final String CURRENT = "→ ";

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
    return "list the exercises, what you passed, and a progress bar";
  }

  @Override
  public void run(List<String> args, ReplSession session) {
    var progress = session.bench().progress().load().progress();
    List<Exercise> exercises = session.bench().course().exercises();
    Ansi ansi = Ansi.of(session.color());
    int idWidth = exercises.stream().mapToInt(e -> e.id().length()).max().orElse(0);
    int statusWidth = mark(ExerciseStatus.NOT_STARTED, Ansi.PLAIN).length();
    int titleColumn = 2 + statusWidth + 2 + idWidth + 2;
    int titleWidth = session.width() - titleColumn;
    int passed = 0;
    for (Exercise exercise : exercises) {
      ExerciseStatus status = progress.status(exercise.id());
      passed += status == ExerciseStatus.PASSED ? 1 : 0;
      boolean current =
          session.currentExercise().filter(e -> e.id().equals(exercise.id())).isPresent();
      String left =
          (current ? CURRENT : "  ")
              + TextWrap.padRight(mark(status, ansi), statusWidth)
              + "  "
              + TextWrap.padRight(exercise.id(), idWidth)
              + "  ";
      String title = ForeignText.forTerminal(exercise.title());
      if (titleWidth >= NARROW_TITLE) {
        List<String> lines = TextWrap.wrap(title, titleWidth);
        session.println(left + lines.get(0));
        lines.stream().skip(1).forEach(l -> session.println(" ".repeat(titleColumn) + l));
      } else {
        session.println(left.stripTrailing());
        session.println(TextWrap.hanging("      ", title, session.width()));
      }
    }
    session.println("");
    session.println(
        ProgressBar.line(passed, exercises.size(), "passed", session.width() - 2, ansi)
            .indent(2)
            .stripTrailing());
    session.say(
        (session.currentExercise().isPresent() ? CURRENT.strip() + " is the current one. " : "")
            + "Type `goto EXERCISE` to work on one, `check EXERCISE` to grade one.");
  }

  /** A mark and a word: the word carries the meaning, the mark and its colour help the eye. */
  static String mark(ExerciseStatus status, Ansi ansi) {
    return switch (status) {
      case PASSED -> ansi.green("✓ passed");
      case ATTEMPTED -> ansi.yellow("◐ attempted");
      case NOT_STARTED -> ansi.dim("○ not started");
    };
  }
}
