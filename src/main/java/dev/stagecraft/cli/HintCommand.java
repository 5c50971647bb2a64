package dev.stagecraft.cli;

import dev.stagecraft.course.Course;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.LoadedProgress;
import dev.stagecraft.course.Progress;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.OutputMode;
import dev.stagecraft.terminal.TextWrap;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stagecraft hint EXERCISE [--all]}: reveals an exercise's next hint, one at a time, and
 * remembers how many were shown in the progress the REPL's {@code hint} uses too.
 */
@Command(
    name = "hint",
    mixinStandardHelpOptions = true,
    description = "Show the next hint of an exercise, one at a time (remembered in your progress).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:a hint was shown (or there is none)", "2:unknown exercise"})
public final class HintCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "EXERCISE",
      description = "Exercise id, number or slug, e.g. 03-go-scratch, 3 or go-scratch.")
  String exerciseId;

  @Option(
      names = "--all",
      description = "Show the hints revealed so far again, without revealing another.")
  boolean all;

  private final Supplier<Path> home;
  private final Function<Path, ProgressStore> progressStore;
  private final Supplier<OutputMode> mode;

  /** The command as the launcher runs it. */
  public HintCommand() {
    this.home = () -> CourseOption.home(spec);
    this.progressStore = ProgressStore::forHome;
    this.mode = OutputMode::forStandardOutput;
  }

  /** A command over the course at {@code home} with progress from {@code progressStore}. */
  HintCommand(
      Supplier<Path> home, Function<Path, ProgressStore> progressStore, Supplier<OutputMode> mode) {
    this.home = home;
    this.progressStore = progressStore;
    this.mode = mode;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int width = mode.get().width();
    try {
      Course course = Course.load(home.get());
      Optional<Exercise> found = course.exercise(exerciseId);
      if (found.isEmpty()) {
        err.println(Messages.unknownExercise(exerciseId, course));
        return ExitCode.BAD_INPUT;
      }
      Exercise exercise = found.get();
      List<String> hints = exercise.hints();
      if (hints.isEmpty()) {
        note(out, exercise.id() + " has no hints.", width);
        return ExitCode.OK;
      }
      ProgressStore store = progressStore.apply(course.home());
      LoadedProgress loaded = store.load();
      loaded.warnings().forEach(w -> err.println("stagecraft: warning: " + w));
      int before = loaded.progress().exercise(exercise.id()).hintsRevealed();
      if (all) {
        if (before == 0) {
          note(
              out,
              "No hints of "
                  + exercise.id()
                  + " revealed yet; `stagecraft hint "
                  + exercise.id()
                  + "` shows the first.",
              width);
        }
        for (int i = 0; i < before; i++) {
          out.println(line(hints, i, width));
        }
        return ExitCode.OK;
      }
      Progress next = loaded.progress().withHintRevealed(exercise.id(), hints.size());
      int shown = next.exercise(exercise.id()).hintsRevealed();
      try {
        store.save(next);
      } catch (IOException e) {
        err.println(
            "stagecraft: warning: could not save your progress to "
                + store.file()
                + ": "
                + e.getMessage());
      }
      out.println(line(hints, shown - 1, width));
      if (shown < hints.size()) {
        note(
            out,
            "Run it again for the next hint; --all shows the "
                + (shown == 1 ? "one" : shown)
                + " revealed so far.",
            width);
      } else if (before == shown) {
        note(
            out,
            "All "
                + hints.size()
                + " hints are revealed; `stagecraft hint "
                + exercise.id()
                + " --all` shows them again.",
            width);
      } else {
        note(
            out,
            "That was the last hint. Once you pass, `stagecraft solution "
                + exercise.id()
                + "` shows the reference to compare with yours.",
            width);
      }
      return ExitCode.OK;
    } catch (CourseException e) {
      err.println(ForeignText.forTerminal(e.getMessage()));
      return ExitCode.BAD_INPUT;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static void note(PrintWriter out, String text, int width) {
    TextWrap.wrap(text, width).forEach(out::println);
  }

  private static String line(List<String> hints, int index, int width) {
    return TextWrap.hanging(
        "Hint " + (index + 1) + "/" + hints.size() + ": ",
        ForeignText.forTerminal(hints.get(index)),
        width);
  }
}
