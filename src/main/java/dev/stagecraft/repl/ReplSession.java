package dev.stagecraft.repl;

import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.Lesson;
import dev.stagecraft.course.LoadedProgress;
import dev.stagecraft.course.Progress;
import dev.stagecraft.course.ReadingPosition;
import dev.stagecraft.terminal.Pager;
import dev.stagecraft.terminal.TextWrap;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * What REPL commands share: the workbench, the terminal's writer and size, and the exercise the
 * learner is working on.
 */
final class ReplSession {

  private final Workbench bench;
  private final PrintWriter out;
  private final boolean color;
  private final java.util.function.IntSupplier width;
  private final Runnable clearScreen;
  private Optional<String> currentExercise = Optional.empty();
  private boolean quit;
  private volatile boolean busy;
  private volatile boolean cancelled;
  private java.util.function.Function<String, Optional<String>> asker = prompt -> Optional.empty();
  private Optional<Pager> pager = Optional.empty();
  private Optional<org.jline.terminal.Terminal> terminal = Optional.empty();
  private final LessonLayouts lessonLayouts;

  ReplSession(
      Workbench bench,
      PrintWriter out,
      boolean color,
      java.util.function.IntSupplier width,
      Runnable clearScreen) {
    this.bench = bench;
    this.out = out;
    this.color = color;
    this.width = width;
    this.clearScreen = clearScreen;
    this.lessonLayouts = new LessonLayouts(bench.lessonText());
  }

  Workbench bench() {
    return bench;
  }

  /** The session's lessons laid out for the screen. */
  LessonLayouts lessonLayouts() {
    return lessonLayouts;
  }

  PrintWriter out() {
    return out;
  }

  boolean color() {
    return color;
  }

  int width() {
    int w = width.getAsInt();
    return w <= 0 ? 80 : w;
  }

  Optional<Exercise> currentExercise() {
    return currentExercise.flatMap(id -> bench.course().exercise(id));
  }

  /**
   * The lesson the learner is on: the one last opened, else the one teaching the current exercise.
   */
  Optional<Lesson> currentLesson() {
    return bench
        .progress()
        .load()
        .progress()
        .currentLesson()
        .flatMap(id -> bench.course().lesson(id))
        .or(() -> currentExercise().flatMap(Exercise::lessonId).flatMap(bench.course()::lesson));
  }

  /**
   * The exercise a command names, or the current one when it names none; empty (after telling the
   * learner what to type) when neither exists.
   */
  Optional<Exercise> exerciseFrom(List<String> args, String example) {
    Optional<Exercise> exercise =
        args.isEmpty() ? currentExercise() : bench.course().exercise(args.get(0));
    if (exercise.isEmpty()) {
      say(
          args.isEmpty()
              ? "Which exercise? Type `exercises` to see them, then `" + example + "`."
              : unknownExercise(args.get(0), example.split(" ")[0]));
    }
    return exercise;
  }

  /** Says that no exercise goes by {@code name}, and the ways there are to name one. */
  String unknownExercise(String name, String command) {
    List<Exercise> all = bench.course().exercises();
    if (all.isEmpty()) {
      return "No exercise '" + name + "': this course has no exercises.";
    }
    Exercise first = all.get(0);
    String slug = first.id().substring(first.id().indexOf('-') + 1);
    return "No exercise '"
        + name
        + "'. Name one by its id, number or slug, e.g. `"
        + command
        + " "
        + first.id()
        + "`, `"
        + command
        + " "
        + first.number()
        + "` or `"
        + command
        + " "
        + slug
        + "`. Exercises: "
        + String.join(", ", exerciseIds())
        + ".";
  }

  /** Exercise ids, for Tab completion. */
  List<String> exerciseIds() {
    return bench.course().exercises().stream().map(Exercise::id).toList();
  }

  /** Makes an exercise the current one, remembered for the next session too. */
  void setCurrentExercise(Exercise exercise) {
    if (currentExercise.filter(exercise.id()::equals).isPresent()) {
      return;
    }
    currentExercise = Optional.of(exercise.id());
    update(progress -> progress.withCurrentExercise(exercise.id()));
  }

  /** Picks up the exercise the learner was on last time. */
  void resume() {
    LoadedProgress loaded = bench.progress().load();
    loaded.warnings().forEach(this::println);
    currentExercise = loaded.progress().currentExercise();
  }

  /** Reveals one more hint (remembered across sessions) and returns how many are now shown. */
  int revealNextHint(String exerciseId, int available) {
    Progress next = bench.progress().load().progress().withHintRevealed(exerciseId, available);
    save(next);
    return next.exercise(exerciseId).hintsRevealed();
  }

  /** Remembers the lesson the learner is reading, for the next session's welcome. */
  void rememberLesson(String lessonId) {
    update(progress -> progress.withCurrentLesson(lessonId));
  }

  /** Remembers where the learner stopped reading a lesson in the pager. */
  void rememberReadingPosition(ReadingPosition position) {
    update(progress -> progress.withReadingPosition(position));
  }

  /** The pager for long text; empty on a dumb terminal or when output is not a terminal. */
  Optional<Pager> pager() {
    return pager;
  }

  /** Lets long text be paged; the REPL sets this for a terminal that can draw a screen. */
  void setPager(Pager pager) {
    this.pager = Optional.of(pager);
  }

  /**
   * Saves what {@code change} makes of the progress; nothing is written when it changes nothing.
   */
  private void update(java.util.function.UnaryOperator<Progress> change) {
    Progress now = bench.progress().load().progress();
    Progress next = change.apply(now);
    if (!next.equals(now)) {
      save(next);
    }
  }

  private void save(Progress progress) {
    try {
      bench.progress().save(progress);
    } catch (IOException e) {
      println("Could not save your progress to " + bench.progress().file() + ": " + e.getMessage());
    }
  }

  /** Clears the terminal's screen, when the terminal knows how. */
  void clearScreen() {
    clearScreen.run();
  }

  /** Writes a sentence wrapped to the terminal's width, and flushes. */
  void say(String text) {
    println(String.join("\n", TextWrap.wrap(text, width())));
  }

  /** How a command asks the learner a question; the REPL answers with its line reader. */
  void setAsker(java.util.function.Function<String, Optional<String>> asker) {
    this.asker = asker;
  }

  /** The terminal, for commands that hand it to an editor or read single keys (watch). */
  void attach(org.jline.terminal.Terminal terminal) {
    this.terminal = Optional.of(terminal);
  }

  /** The terminal the session runs on; empty in sessions made without one. */
  Optional<org.jline.terminal.Terminal> terminal() {
    return terminal;
  }

  /** Asks a question and returns the answer typed; empty on Ctrl-C, Ctrl-D or no terminal. */
  Optional<String> ask(String prompt) {
    return asker.apply(prompt);
  }

  /**
   * Writes text and a line break, every line wrapped at word boundaries to the terminal's width,
   * and flushes, so output shows before a long build starts.
   */
  void println(String text) {
    printLaidOut(TextWrap.wrap(text, width()));
  }

  /** Writes lines already laid out for the screen, and flushes once: a lesson is one write. */
  void printLaidOut(List<String> lines) {
    // One string, one write: the terminal's writer passes each print on to the terminal at once.
    StringBuilder block = new StringBuilder();
    lines.forEach(line -> block.append(line).append(System.lineSeparator()));
    out.print(block);
    out.flush();
  }

  /** Writes a rendered block (a report, a lesson) that ends with its own line break, wrapped. */
  void print(String block) {
    println(block.endsWith("\n") ? block.substring(0, block.length() - 1) : block);
  }

  /** Marks an engine command as running, so Ctrl-C stops it instead of being ignored. */
  void setBusy(boolean running) {
    busy = running;
    if (running) {
      cancelled = false;
    }
  }

  /** Ctrl-C: stops the engine work of the running command, if any. */
  void cancel() {
    if (!busy) {
      return;
    }
    cancelled = true;
    println("\nStopping… removing what this check created in the engine.");
    bench.cancelEngineWork();
  }

  /** Whether the running command was stopped with Ctrl-C. */
  boolean cancelled() {
    return cancelled;
  }

  void requestQuit() {
    quit = true;
  }

  boolean quitRequested() {
    return quit;
  }
}
