package dev.stagecraft.cli;

import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.ProgressLock;
import dev.stagecraft.repl.WatchScreen;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.jline.terminal.Terminal;

/** {@code check EXERCISE --watch}: the REPL's watch screen, run from the shell. */
final class WatchRun {

  private WatchRun() {}

  static int watch(
      Workbench bench,
      Exercise exercise,
      Optional<Path> dockerfile,
      boolean reportFiles,
      PrintWriter err) {
    if (reportFiles) {
      err.println(
          "stagecraft: --watch shows each report on the terminal; --json and --junit are for one"
              + " check. Drop them, or drop --watch.");
      return ExitCode.BAD_INPUT;
    }
    Optional<Optional<ProgressLock>> lock = SessionLock.take(bench.progress(), err);
    if (lock.isEmpty()) {
      return ExitCode.FAILED;
    }
    try (Terminal terminal = StagecraftTerminal.open()) {
      WatchScreen.watch(bench, terminal, exercise, dockerfile, System.getenv());
      return ExitCode.OK;
    } catch (IOException e) {
      err.println("stagecraft: --watch needs a terminal (" + e.getMessage() + ").");
      return ExitCode.BAD_INPUT;
    } finally {
      lock.get().ifPresent(ProgressLock::close);
    }
  }
}
