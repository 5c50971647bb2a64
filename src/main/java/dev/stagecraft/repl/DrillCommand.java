package dev.stagecraft.repl;

import dev.stagecraft.app.FileProblems;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.course.Drill;
import dev.stagecraft.course.DrillBook;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.practice.DrillOutcome;
import dev.stagecraft.practice.DrillRun;
import dev.stagecraft.practice.Drills;
import dev.stagecraft.report.ProgressText;
import dev.stagecraft.report.TerminalReport;
import dev.stagecraft.terminal.ForeignText;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code drill [ID]}: without an id lists the drills; with one, copies the drill's broken
 * Dockerfile into a working file, starts the clock and reads {@code check}, {@code done}, {@code
 * brief} or {@code quit} until the file is fixed or the learner leaves. Grading is the exercise's
 * own.
 */
final class DrillCommand implements ReplCommand {

  private final Clock clock;

  DrillCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return "drill";
  }

  @Override
  public String usage() {
    return "drill [ID]";
  }

  @Override
  public String summary() {
    return "fix a broken Dockerfile against the clock (no id: list the drills)";
  }

  @Override
  public boolean usesEngine() {
    return true;
  }

  @Override
  public List<String> argumentCandidates(ReplSession session) {
    try {
      return DrillBook.load(session.bench().course()).drills().stream().map(Drill::id).toList();
    } catch (CourseException e) {
      return List.of();
    }
  }

  @Override
  public void run(List<String> args, ReplSession session) {
    Drills drills = new Drills(session.bench(), clock);
    DrillBook book;
    try {
      book = drills.book();
    } catch (CourseException e) {
      session.say(ForeignText.forTerminal(e.getMessage()));
      return;
    }
    if (book.drills().isEmpty()) {
      session.say("This course has no drills (they live in drills/NN-slug/).");
      return;
    }
    if (args.isEmpty()) {
      session.println("Drills:");
      session.println(
          DrillText.list(
              book.drills(),
              id -> session.bench().progress().load().progress().practice().drill(id),
              width(session)));
      session.say("Type `drill " + book.drills().get(0).number() + "` to start one.");
      return;
    }
    Optional<Drill> drill = book.drill(args.get(0));
    if (drill.isEmpty()) {
      session.say(
          "No drill '"
              + ForeignText.forTerminal(args.get(0))
              + "'. Type `drill` to list them; name one by id or number, e.g. `drill "
              + book.drills().get(0).number()
              + "`.");
      return;
    }
    DrillRun run;
    try {
      run = drills.start(drill.get());
    } catch (IOException e) {
      session.say("Could not start the drill: " + FileProblems.describe(e));
      return;
    }
    String brief =
        DrillText.brief(
            drill.get(), session.bench().course().home(), run.workingFile(), width(session));
    session.println(brief);
    while (true) {
      Optional<String> typed =
          session.ask("drill " + DrillText.timeLeft(run, clock.instant()) + "> ");
      if (typed.isEmpty()) {
        session.say(left(session, run));
        return;
      }
      String word = typed.get().strip().toLowerCase(Locale.ROOT);
      switch (word) {
        case "" -> {}
        case "check", "done" -> {
          if (grade(drills, run, session, word.equals("done"))) {
            return;
          }
        }
        case "brief" -> session.println(brief);
        case "quit", "exit", "stop" -> {
          session.say(left(session, run));
          return;
        }
        default ->
            session.say(
                "In a drill: `check`, `done`, `brief` or `quit`. Edit the file in your editor.");
      }
    }
  }

  /** Grades the working file; true when the drill is over (fixed, or handed in with done). */
  private boolean grade(Drills drills, DrillRun run, ReplSession session, boolean handIn) {
    session.println("Checking your fix of " + run.drill().id() + "…");
    DrillOutcome outcome;
    try {
      outcome =
          drills.grade(
              run,
              event -> {
                if (!session.cancelled()) {
                  ProgressText.describe(event)
                      .ifPresent(line -> session.println(DrillText.fit(line, width(session))));
                }
              });
    } catch (IOException e) {
      session.say(FileProblems.describe(e));
      return false;
    } catch (CheckSpecException e) {
      session.say(e.getMessage() + " (the exercise's author can fix this)");
      return true;
    }
    if (session.cancelled()) {
      session.say("Check stopped. The clock is still running; type `check` to start again.");
      return false;
    }
    session
        .out()
        .print(new TerminalReport(session.color(), width(session)).render(outcome.grade()));
    session.out().flush();
    if (outcome instanceof DrillOutcome.Unscored unscored) {
      session.say(unscored.reason());
      return handIn;
    }
    DrillOutcome.Scored scored = (DrillOutcome.Scored) outcome;
    scored.warnings().forEach(session::say);
    session.println(DrillText.result(scored.result(), width(session)));
    if (scored.result().fixed() || handIn) {
      return true;
    }
    session.say("Not fixed yet. Edit the file and `check` again; the clock keeps running.");
    return false;
  }

  private static String left(ReplSession session, DrillRun run) {
    return "Left the drill. Your file stays at "
        + ForeignText.forTerminal(
            session.bench().course().home().relativize(run.workingFile()).toString())
        + "; `drill "
        + run.drill().number()
        + "` starts it afresh.";
  }

  private static int width(ReplSession session) {
    return session.width();
  }
}
