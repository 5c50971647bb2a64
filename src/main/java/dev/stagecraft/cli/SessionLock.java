package dev.stagecraft.cli;

import dev.stagecraft.course.ProgressLock;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.terminal.OutputMode;
import dev.stagecraft.terminal.TextWrap;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * The progress lock as the long-lived commands (the REPL, {@code check --watch}) take it: a second
 * one on the same course is refused with a message saying who holds it and what to do, instead of
 * two sessions overwriting each other's progress.
 */
final class SessionLock {

  private SessionLock() {}

  /**
   * Locks {@code store}'s progress. Empty when another session holds it (the message is on {@code
   * err}); otherwise a lock to close on the way out (none where the folder cannot hold one, after a
   * warning: progress then works unguarded, as it always did).
   */
  static Optional<Optional<ProgressLock>> take(ProgressStore store, PrintWriter err) {
    ProgressLock.Outcome outcome = store.lock();
    if (outcome instanceof ProgressLock.Outcome.Acquired acquired) {
      return Optional.of(Optional.of(acquired.lock()));
    }
    if (outcome instanceof ProgressLock.Outcome.HeldElsewhere held) {
      err.println(
          String.join(
              "\n",
              TextWrap.wrap(heldMessage(held, store), OutputMode.forStandardOutput().width())));
      err.flush();
      return Optional.empty();
    }
    ProgressLock.Outcome.Unavailable none = (ProgressLock.Outcome.Unavailable) outcome;
    err.println(
        "stagecraft: warning: could not lock "
            + none.lockFile()
            + " ("
            + none.reason()
            + "); a second stagecraft on this course would not be stopped from overwriting"
            + " progress.");
    err.flush();
    return Optional.of(Optional.empty());
  }

  static String heldMessage(ProgressLock.Outcome.HeldElsewhere held, ProgressStore store) {
    String who =
        held.pid().isPresent() ? " (pid " + held.pid().getAsLong() + ")" : " (pid unknown)";
    return "stagecraft: another stagecraft is open on this course"
        + who
        + "; close it first (`quit` in the REPL, q in a watch), or give this one its own progress with "
        + ProgressStore.ENV
        + "=/path/to/progress.json. Progress file: "
        + store.file()
        + ". One-shot commands such as `check` and `list` still work beside it.";
  }
}
