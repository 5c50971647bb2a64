package dev.stagecraft.repl;

import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.Lesson;
import dev.stagecraft.terminal.Ansi;
import dev.stagecraft.terminal.Pager;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;

/**
 * The course's interactive shell: one loop that reads a line, runs the command it names and prints
 * to the terminal, with history and Tab completion.
 */
public final class Repl {

  private final Workbench bench;
  private final Terminal terminal;
  private final ScreenWidth screenWidth;
  private final Map<String, ReplCommand> commands = new LinkedHashMap<>();

  public Repl(Workbench bench, Terminal terminal) {
    this(bench, terminal, new Random(), Clock.systemUTC());
  }

  /** A REPL whose quiz order and drill clock are the caller's (tests seed and fake them). */
  Repl(Workbench bench, Terminal terminal, Random quizOrder, Clock drillClock) {
    this.bench = bench;
    this.terminal = terminal;
    this.screenWidth = new ScreenWidth(terminal);
    register(new HelpCommand(() -> List.copyOf(commands.values())));
    register(new LessonsCommand());
    register(new LessonCommand());
    register(LessonStepCommand.next());
    register(LessonStepCommand.previous());
    register(new GotoCommand());
    register(new ExercisesCommand());
    register(new LintCommand());
    register(new CheckCommand());
    register(new HintCommand());
    register(new SolutionCommand());
    register(new ResetCommand());
    register(new WatchCommand(System.getenv()));
    register(new EditCommand(System.getenv()));
    register(new QuizCommand(quizOrder));
    register(new DrillCommand(drillClock));
    register(new ClearCommand());
    register(new BuilderCommand());
    register(new QuitCommand());
  }

  private void register(ReplCommand command) {
    commands.put(command.name(), command);
  }

  /** Runs until `quit` or end of input (Ctrl-D). */
  public void run(Path historyFile) {
    PrintWriter out = terminal.writer();
    boolean drawable = !terminal.getType().startsWith("dumb");
    boolean color = colorFor(terminal.getType(), System.getenv());
    ReplSession session = new ReplSession(bench, out, color, screenWidth, this::clearScreen);
    if (drawable) {
      session.setPager(new Pager(terminal, Ansi.of(color)));
    }
    session.attach(terminal);
    LineReader reader = lineReader(session, historyFile);
    // Outside readLine the terminal delivers Ctrl-C as a signal. JLine's default would end the JVM
    // at once, skipping the clean-up of the engine; stopping the running check is what is meant.
    terminal.handle(Terminal.Signal.INT, signal -> session.cancel());
    session.setAsker(
        question -> {
          try {
            return Optional.of(reader.readLine(question));
          } catch (UserInterruptException | EndOfFileException e) {
            return Optional.empty();
          }
        });
    session.resume();
    session.println(Welcome.text(bench, session));
    layOutAhead(session);
    while (!session.quitRequested()) {
      String line;
      try {
        line = reader.readLine(prompt(session));
      } catch (UserInterruptException e) {
        session.println("(Ctrl-C) Type `quit` or press Ctrl-D to leave.");
        continue;
      } catch (EndOfFileException e) {
        break;
      }
      dispatch(line, session);
    }
    session.println("Bye. Your progress is saved; `./stagecraft` picks up where you left off.");
  }

  /**
   * Lays out the lesson the learner is likely to open first (the current one, else the first) and
   * the one after it, in the background while they read the welcome: the first lesson shown costs
   * the most, as its classes load and the JIT is cold.
   */
  private static void layOutAhead(ReplSession session) {
    List<Lesson> lessons = session.bench().course().lessons();
    int width = session.width();
    Thread ahead =
        new Thread(
            () -> {
              int first = session.currentLesson().map(lessons::indexOf).orElse(0);
              for (int i = Math.max(first, 0); i < Math.min(first + 2, lessons.size()); i++) {
                try {
                  session.lessonLayouts().lines(lessons.get(i), width, session.color());
                } catch (RuntimeException e) {
                  // Only a head start is lost: the lesson command lays it out and says what failed.
                  return;
                }
              }
            },
            "stagecraft-lesson-ahead");
    ahead.setDaemon(true);
    ahead.setPriority(Thread.MIN_PRIORITY);
    ahead.start();
  }

  /** Colour only on a terminal that can show it, and never when NO_COLOR is set (no-color.org). */
  static boolean colorFor(String terminalType, Map<String, String> environment) {
    return !terminalType.startsWith("dumb") && !environment.containsKey("NO_COLOR");
  }

  /**
   * Runs one command line outside the loop, answering its questions from the terminal: how the
   * CLI's {@code quiz} and {@code drill} share the REPL's commands. No welcome, no history.
   */
  public void runCommand(String line) {
    PrintWriter out = terminal.writer();
    boolean color = colorFor(terminal.getType(), System.getenv());
    ReplSession session = new ReplSession(bench, out, color, screenWidth, this::clearScreen);
    session.attach(terminal);
    LineReader reader =
        LineReaderBuilder.builder().terminal(terminal).appName("stagecraft").build();
    terminal.handle(Terminal.Signal.INT, signal -> session.cancel());
    session.setAsker(
        question -> {
          try {
            return Optional.of(reader.readLine(question));
          } catch (UserInterruptException | EndOfFileException e) {
            return Optional.empty();
          }
        });
    dispatch(line, session);
    out.flush();
  }

  /** The line reader: history, Tab completion, and Ctrl-L bound to clear the screen. */
  LineReader lineReader(ReplSession session, Path historyFile) {
    LineReader reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("stagecraft")
            .completer(
                (r, line, candidates) ->
                    complete(session, line.words(), line.wordIndex(), candidates))
            .variable(LineReader.HISTORY_FILE, historyFile)
            .build();
    // Ctrl-L clears the screen in every shell; say so in each key map a learner may type in, so
    // no terminal type or editing mode loses it.
    for (String keyMap : List.of(LineReader.EMACS, LineReader.VIINS, LineReader.VICMD)) {
      KeyMap<Binding> keys = reader.getKeyMaps().get(keyMap);
      if (keys != null) {
        keys.bind(new Reference(LineReader.CLEAR_SCREEN), KeyMap.ctrl('L'));
      }
    }
    return reader;
  }

  /**
   * Clears the screen with the terminal's own sequence; a terminal without one (dumb) is left as it
   * is rather than sent codes it would print.
   */
  private void clearScreen() {
    if (terminal.puts(InfoCmp.Capability.clear_screen)) {
      terminal.flush();
    }
  }

  void dispatch(String line, ReplSession session) {
    List<String> words =
        Arrays.stream(line.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    if (words.isEmpty()) {
      return;
    }
    String name = words.get(0).toLowerCase(Locale.ROOT);
    if (name.equals("exit")) {
      name = "quit";
    }
    screenWidth.refresh();
    ReplCommand command = commands.get(name);
    if (command == null) {
      session.println("Unknown command '" + words.get(0) + "'. Type `help` for the list.");
      return;
    }
    session.setBusy(command.usesEngine());
    try {
      command.run(words.subList(1, words.size()), session);
    } catch (RuntimeException e) {
      // A bug must not end the learner's session; say so in one line and keep the loop going.
      session.println(
          "stagecraft hit an unexpected error ("
              + e
              + "). This is a bug in stagecraft; please report it with what you typed.");
    } finally {
      session.setBusy(false);
    }
  }

  private void complete(
      ReplSession session, List<String> words, int wordIndex, List<Candidate> candidates) {
    if (wordIndex == 0) {
      commands.keySet().forEach(name -> candidates.add(new Candidate(name)));
      return;
    }
    if (wordIndex == 1 && !words.isEmpty()) {
      ReplCommand command = commands.get(words.get(0).toLowerCase(Locale.ROOT));
      if (command != null) {
        command.argumentCandidates(session).forEach(arg -> candidates.add(new Candidate(arg)));
      }
    }
  }

  private static String prompt(ReplSession session) {
    return session
        .currentExercise()
        .map(e -> "stagecraft [" + e.id() + "]> ")
        .orElse("stagecraft> ");
  }
}
