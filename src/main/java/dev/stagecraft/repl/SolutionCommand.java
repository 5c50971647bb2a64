package dev.stagecraft.repl;

import dev.stagecraft.app.FileProblems;
import dev.stagecraft.app.Solution;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.terminal.Ansi;
import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.Style;
import dev.stagecraft.terminal.TextWrap;
import dev.stagecraft.terminal.UnifiedDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * {@code solution [EXERCISE]}: the reference solution, at once after a pass, otherwise only when
 * the learner answers yes to "show the answer?".
 */
final class SolutionCommand implements ReplCommand {

  /** Starts the rest of a diff line that did not fit, after the line's own mark. */
  private static final String CONTINUED = "↪ ";

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
    return "compare your Dockerfile with the reference solution (after a pass, or if you"
        + " confirm)";
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
    showDiff(solution, session);
  }

  /**
   * Each file of the solution against the learner's file of the same name, as a unified diff: the
   * learner sees only what differs, and in the form {@code git diff} shows.
   */
  private static void showDiff(Solution solution, ReplSession session) {
    Exercise exercise = solution.exercise();
    Path home = session.bench().course().home();
    Ansi ansi = Ansi.of(session.color());
    session.say(
        "Your files against the reference solution of "
            + exercise.id()
            + " (- yours, + the reference). Yours may differ and still pass: any answer the"
            + " checks accept is right.");
    for (Solution.SolutionFile file : solution.files()) {
      Path yours = exercise.directory().resolve(file.relativePath().getFileName().toString());
      String yourName = home.relativize(yours).toString().replace('\\', '/');
      String yourText;
      try {
        yourText = Files.isRegularFile(yours) ? Files.readString(yours) : "";
      } catch (IOException e) {
        session.say(FileProblems.describe(e));
        continue;
      }
      if (!Files.isRegularFile(yours)) {
        yourName += " (missing)";
      }
      List<String> diff =
          UnifiedDiff.unified(
              yourName,
              yourText,
              file.relativePath().toString().replace('\\', '/'),
              file.content());
      session.println("");
      if (diff.isEmpty()) {
        session.say("Your " + yourName + " is the same as the reference.");
        continue;
      }
      for (String line : diff) {
        printDiffLine(ForeignText.forTerminal(line), ansi, session);
      }
    }
    solution.files().stream()
        .findFirst()
        .map(f -> f.relativePath().getParent())
        .ifPresent(
            folder ->
                session.say(
                    "\nThe whole reference is in "
                        + folder.toString().replace('\\', '/')
                        + "/ (`./stagecraft solution "
                        + exercise.id()
                        + "` prints it)."));
  }

  /**
   * One diff line coloured by what it says. A line too long for the terminal goes on under its own
   * mark and an arrow, so a wrapped part never reads as a line of its own.
   */
  private static void printDiffLine(String line, Ansi ansi, ReplSession session) {
    boolean header = line.startsWith("---") || line.startsWith("+++") || line.startsWith("@@");
    Optional<Style> style =
        line.startsWith("@@")
            ? Optional.of(Style.CYAN)
            : header
                ? Optional.of(Style.BOLD)
                : line.startsWith("-")
                    ? Optional.of(Style.RED)
                    : line.startsWith("+") ? Optional.of(Style.GREEN) : Optional.empty();
    List<String> parts;
    if (header || line.isEmpty()) {
      parts = TextWrap.wrap(line, session.width());
    } else {
      String mark = line.substring(0, 1);
      List<String> pieces = TextWrap.wrap(line.substring(1), Math.max(10, session.width() - 3));
      parts =
          IntStream.range(0, pieces.size())
              .mapToObj(i -> mark + (i == 0 ? "" : CONTINUED) + pieces.get(i))
              .toList();
    }
    for (String part : parts) {
      session.println(style.map(s -> ansi.paint(part, s)).orElse(part));
    }
  }
}
