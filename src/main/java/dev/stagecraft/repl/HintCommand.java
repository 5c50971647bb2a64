package dev.stagecraft.repl;

import dev.stagecraft.course.Exercise;
import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.TextWrap;
import java.util.List;
import java.util.Optional;

/**
 * {@code hint [EXERCISE]}: reveals an exercise's hints one at a time (default: the current one).
 */
final class HintCommand implements ReplCommand {

  @Override
  public String name() {
    return "hint";
  }

  @Override
  public String usage() {
    return "hint [EXERCISE]";
  }

  @Override
  public String summary() {
    return "show the next hint (default: the current exercise)";
  }

  @Override
  public List<String> argumentCandidates(ReplSession session) {
    return session.exerciseIds();
  }

  @Override
  public void run(List<String> args, ReplSession session) {
    if (args.isEmpty() && session.currentExercise().isEmpty()) {
      session.say(
          "No current exercise. Read a lesson with one (`lesson 3`) or type `hint EXERCISE`.");
      return;
    }
    Optional<Exercise> exercise = session.exerciseFrom(args, "hint 3");
    if (exercise.isEmpty()) {
      return;
    }
    session.setCurrentExercise(exercise.get());
    List<String> hints = exercise.get().hints();
    if (hints.isEmpty()) {
      session.println("This exercise has no hints.");
      return;
    }
    int shown = session.revealNextHint(exercise.get().id(), hints.size());
    for (int i = 0; i < shown; i++) {
      session.println(
          TextWrap.hanging(
              "Hint " + (i + 1) + "/" + hints.size() + ": ",
              ForeignText.forTerminal(hints.get(i)),
              session.width()));
    }
    if (shown == hints.size()) {
      session.say(
          "That was the last hint. Once you pass, `solution "
              + exercise.get().id()
              + "` shows the reference to compare with yours.");
    }
  }
}
