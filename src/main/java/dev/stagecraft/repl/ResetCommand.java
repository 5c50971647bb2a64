package dev.stagecraft.repl;

import dev.stagecraft.app.FileProblems;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.StarterReset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code reset [EXERCISE]}: puts the starter Dockerfile back, keeping the learner's as a backup.
 */
final class ResetCommand implements ReplCommand {

  @Override
  public String name() {
    return "reset";
  }

  @Override
  public String usage() {
    return "reset [EXERCISE]";
  }

  @Override
  public String summary() {
    return "restore the starter Dockerfile (yours is kept as a .bak file)";
  }

  @Override
  public List<String> argumentCandidates(ReplSession session) {
    return session.exerciseIds();
  }

  @Override
  public void run(List<String> args, ReplSession session) {
    Optional<Exercise> exercise = session.exerciseFrom(args, "reset 3");
    if (exercise.isEmpty()) {
      return;
    }
    Path home = session.bench().course().home();
    try {
      Optional<Path> backup =
          StarterReset.forCourse(session.bench().course()).reset(exercise.get());
      session.println(
          "Restored the starter of "
              + exercise.get().id()
              + backup.map(b -> "; your version is kept as " + home.relativize(b)).orElse("")
              + ".");
    } catch (IOException e) {
      session.println("Could not restore the starter: " + FileProblems.describe(e));
    }
  }
}
