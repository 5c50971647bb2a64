package dev.stagecraft.app;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * When watch mode checks, as a pure function of what happened and when (times in milliseconds of
 * any monotonic clock). Saves are debounced: an editor's burst of writes (temporary file, rename,
 * attributes) makes one check, {@code debounce} after the last of them. A save while a check runs
 * queues exactly one re-run, however many saves there were; Enter checks at once.
 */
public final class CheckScheduler {

  /** Long enough for an editor's write-and-rename, short enough to feel immediate. */
  public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(300);

  private final long debounceMillis;
  private boolean running;
  private boolean rerunQueued;
  private OptionalLong dueAt = OptionalLong.empty();

  public CheckScheduler(Duration debounce) {
    this.debounceMillis = debounce.toMillis();
  }

  /** A file changed at {@code now}. */
  public void fileChanged(long now) {
    if (running) {
      rerunQueued = true;
    } else {
      dueAt = OptionalLong.of(now + debounceMillis);
    }
  }

  /** The learner asked for a check at {@code now}. */
  public void checkRequested(long now) {
    if (running) {
      rerunQueued = true;
    } else {
      dueAt = OptionalLong.of(now);
    }
  }

  /** Whether a check should start at {@code now}. */
  public boolean due(long now) {
    return !running && dueAt.isPresent() && now >= dueAt.getAsLong();
  }

  /** How long until the next check is due: empty when none is, 0 when it is due already. */
  public OptionalLong millisUntilDue(long now) {
    if (running || dueAt.isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.max(0, dueAt.getAsLong() - now));
  }

  /** A check started: what was due is now being done. */
  public void started() {
    running = true;
    rerunQueued = false;
    dueAt = OptionalLong.empty();
  }

  /**
   * The check ended at {@code now}; a save made while it ran makes one more, after the debounce
   * (the editor may still be writing).
   */
  public void finished(long now) {
    running = false;
    if (rerunQueued) {
      rerunQueued = false;
      dueAt = OptionalLong.of(now + debounceMillis);
    }
  }

  /** Whether a check is running. */
  public boolean running() {
    return running;
  }

  /** Whether a check is waiting to start (due now or after the debounce). */
  public boolean pending() {
    return dueAt.isPresent() || rerunQueued;
  }
}
