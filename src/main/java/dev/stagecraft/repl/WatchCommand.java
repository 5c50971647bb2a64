package dev.stagecraft.repl;

import dev.stagecraft.course.Exercise;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.terminal.Terminal;

/** {@code watch [EXERCISE]}: checks now and again on every save, until q. */
final class WatchCommand implements ReplCommand {

  private final Map<String, String> environment;

  WatchCommand(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public String name() {
    return "watch";
  }

  @Override
  public String usage() {
    return "watch [EXERCISE]";
  }

  @Override
  public String summary() {
    return "check again on every save (Enter checks now, q leaves)";
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
    Optional<Exercise> exercise = session.exerciseFrom(args, "watch 3");
    if (exercise.isEmpty()) {
      return;
    }
    Optional<Terminal> terminal = session.terminal();
    if (terminal.isEmpty()) {
      session.say("watch needs a terminal; type `check` instead.");
      return;
    }
    session.setCurrentExercise(exercise.get());
    WatchScreen.watch(
        session,
        terminal.get(),
        exercise.get(),
        Optional.empty(),
        WatchScreen.fileEvents(environment));
  }
}
