package dev.stagecraft.repl;

import dev.stagecraft.app.WatchEvent;
import dev.stagecraft.app.WatchLoop;
import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.terminal.ForeignText;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * Watch mode on a terminal, for the REPL's {@code watch} and the shell's {@code check --watch}:
 * puts the terminal in single-key mode, turns keys, Ctrl-C and resizes into events for the shared
 * {@link WatchLoop}, and renders each check as {@code check} does.
 */
public final class WatchScreen {

  /** Environment variable: {@code enter} turns file events off (a share that sends none). */
  public static final String ENV = "STAGECRAFT_WATCH";

  private WatchScreen() {}

  /** Whether the environment leaves file events on. */
  static boolean fileEvents(Map<String, String> environment) {
    return !"enter".equalsIgnoreCase(environment.getOrDefault(ENV, "").strip());
  }

  /** The shell's {@code check EXERCISE --watch}: a session of its own on {@code terminal}. */
  public static void watch(
      Workbench bench,
      Terminal terminal,
      Exercise exercise,
      Optional<Path> dockerfile,
      Map<String, String> environment) {
    boolean color = !terminal.getType().startsWith("dumb");
    ReplSession session =
        new ReplSession(bench, terminal.writer(), color, terminal::getColumns, () -> {});
    session.attach(terminal);
    session.setCurrentExercise(exercise);
    watch(session, terminal, exercise, dockerfile, fileEvents(environment));
  }

  static void watch(
      ReplSession session,
      Terminal terminal,
      Exercise exercise,
      Optional<Path> dockerfile,
      boolean fileEvents) {
    WatchLoop loop = new WatchLoop();
    Attributes saved = terminal.enterRawMode();
    Terminal.SignalHandler interrupt =
        terminal.handle(Terminal.Signal.INT, s -> loop.post(new WatchEvent.LeaveRequested()));
    Terminal.SignalHandler resize =
        terminal.handle(Terminal.Signal.WINCH, s -> loop.post(new WatchEvent.Resized()));
    WatchKeys keys = new WatchKeys(terminal.reader(), loop::post);
    keys.start();
    try {
      loop.run(
          exercise.directory(),
          dockerfile.orElse(exercise.dockerfile()),
          fileEvents,
          new Front(session, exercise, dockerfile));
      keys.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      terminal.handle(Terminal.Signal.INT, interrupt);
      terminal.handle(Terminal.Signal.WINCH, resize);
      terminal.setAttributes(saved);
    }
    session.say("Left watch mode.");
  }

  /** What the loop asks of the screen. */
  private static final class Front implements WatchLoop.Front {

    private final ReplSession session;
    private final Exercise exercise;
    private final Optional<Path> dockerfile;
    private volatile boolean enterOnly;

    Front(ReplSession session, Exercise exercise, Optional<Path> dockerfile) {
      this.session = session;
      this.exercise = exercise;
      this.dockerfile = dockerfile;
    }

    @Override
    public void watching(Optional<String> noFileEvents) {
      enterOnly = noFileEvents.isPresent();
      if (noFileEvents.isPresent()) {
        session.say(
            "File changes cannot be seen here ("
                + ForeignText.forTerminal(noFileEvents.get())
                + "). Save, then press Enter to check; q leaves.");
      } else {
        session.say(
            "Watching "
                + exercise.id()
                + ": every save of its Dockerfile or of a file in its folder checks it again."
                + " Enter checks now; q or Ctrl-C leaves.");
      }
    }

    @Override
    public void check() {
      session.setBusy(true);
      CheckCommand.checkAndReport(exercise, dockerfile, session);
    }

    @Override
    public void queuedAfterThisCheck() {
      session.say("Saved during this check: another check follows it.");
    }

    @Override
    public void idle() {
      session.say(
          enterOnly
              ? "Press Enter to check again, q to leave."
              : "Waiting for a save (Enter checks now, q leaves).");
    }

    @Override
    public void cancel() {
      session.cancel();
    }
  }
}
