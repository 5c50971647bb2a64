package dev.stagecraft.repl;

import dev.stagecraft.app.FileProblems;
import dev.stagecraft.app.Solution;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.terminal.MarkdownRenderer;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code solution [EXERCISE]}: the reference solution, at once after a pass, otherwise only when
 * the learner answers yes to "show the answer?".
 */
final class SolutionCommand implements ReplCommand {

  @Override
  public String name() {
    return "solution";
  }

  @Override
  public String usage() {
    return "solution [EXERCISE]";
  }

  @Override
  public String summary() {
    return "show the reference solution (after a pass, or if you confirm)";
  }

  @Override
  public List<String> argumentCandidates(ReplSession session) {
    return session.exerciseIds();
  }

  @Override
  public void run(List<String> args, ReplSession session) {
    Optional<Exercise> exercise = session.exerciseFrom(args, "solution 03");
    if (exercise.isEmpty()) {
      return;
    }
    Solution solution;
    try {
      solution = Solution.read(session.bench().course().home(), exercise.get());
    } catch (IOException e) {
      session.println(FileProblems.describe(e));
      return;
    }
    if (!Solution.passed(session.bench().progress(), exercise.get())) {
      session.say(
          "You have not passed "
              + exercise.get().id()
              + " yet. The whole answer ends the puzzle; `hint` reveals one step at a time.");
      String answer =
          session.ask("Show the answer anyway? y/N ").orElse("").strip().toLowerCase(Locale.ROOT);
      if (!answer.equals("y") && !answer.equals("yes")) {
        session.println("Not shown. `check` grades your own; `hint` gives the next step.");
        return;
      }
    }
    session
        .out()
        .print(
            new MarkdownRenderer().render(solution.markdown(), session.width(), session.color()));
    session.out().flush();
  }
}
