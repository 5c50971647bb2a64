package dev.stagecraft.repl;

import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.Exercise;
import java.io.PrintWriter;
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
  private Optional<String> currentExercise = Optional.empty();
  private boolean quit;

  ReplSession(Workbench bench, PrintWriter out, boolean color, java.util.function.IntSupplier width) {
    this.bench = bench;
    this.out = out;
    this.color = color;
    this.width = width;
  }

  Workbench bench() {
    return bench;
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

  void setCurrentExercise(Exercise exercise) {
    currentExercise = Optional.of(exercise.id());
  }

  /** Writes a line and flushes, so output shows before a long build starts. */
  void println(String line) {
    out.println(line);
    out.flush();
  }

  void requestQuit() {
    quit = true;
  }

  boolean quitRequested() {
    return quit;
  }
}
