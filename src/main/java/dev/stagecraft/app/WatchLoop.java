package dev.stagecraft.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Watch mode: one loop reads one queue into which files saved, keys pressed and resizes are all
 * posted (as rustlings does), and checks when the {@link CheckScheduler} says so. The check runs on
 * a thread of its own so the loop keeps listening: q during a build stops it, a save during a build
 * queues one re-run. Shared by the REPL's {@code watch} and the shell's {@code check --watch}; the
 * front end posts keys and resizes, renders, and does the check.
 */
public final class WatchLoop {

  /** What the front end does for the loop. */
  public interface Front {

    /** Says how the watch works: file events, or Enter only (with the reason). */
    void watching(Optional<String> noFileEvents);

    /** Checks once, rendering as it goes; runs on the loop's check thread. */
    void check();

    /** A save arrived while a check runs: one more follows it. */
    default void queuedAfterThisCheck() {}

    /** Nothing is running or due: the learner may save or press a key. */
    void idle();

    /** The terminal changed size. */
    default void resized() {}

    /** Stops the running check because the learner left (q, Ctrl-C). */
    void cancel();
  }

  private final BlockingQueue<WatchEvent> events = new LinkedBlockingQueue<>();
  private final CheckScheduler scheduler;
  private final LongSupplier millis;

  /** A loop on the system's monotonic clock with the default debounce. */
  public WatchLoop() {
    this(new CheckScheduler(CheckScheduler.DEFAULT_DEBOUNCE), WatchLoop::monotonicMillis);
  }

  /** A loop with a scheduler and clock of the caller's choosing (tests). */
  public WatchLoop(CheckScheduler scheduler, LongSupplier millis) {
    this.scheduler = scheduler;
    this.millis = millis;
  }

  private static long monotonicMillis() {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
  }

  /** Posts an event from any thread (keys, signals, tests). */
  public void post(WatchEvent event) {
    events.add(event);
  }

  /**
   * Watches {@code context} and {@code dockerfile}, checks at once and after each save, until the
   * learner leaves. With {@code fileEvents} false (or where the system gives none) it checks only
   * on Enter.
   */
  public void run(Path context, Path dockerfile, boolean fileEvents, Front front)
      throws InterruptedException {
    SourceWatcher.Start start =
        fileEvents
            ? SourceWatcher.start(
                context, dockerfile, path -> post(new WatchEvent.FileChanged(path)))
            : new SourceWatcher.Start.NotAvailable("file watching is turned off");
    Optional<SourceWatcher> watcher =
        start instanceof SourceWatcher.Start.Watching watching
            ? Optional.of(watching.watcher())
            : Optional.empty();
    ExecutorService checks =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "stagecraft-watch-check");
              thread.setDaemon(true);
              return thread;
            });
    try {
      front.watching(
          start instanceof SourceWatcher.Start.NotAvailable none
              ? Optional.of(none.reason())
              : Optional.empty());
      scheduler.checkRequested(millis.getAsLong());
      loop(front, checks);
    } finally {
      watcher.ifPresent(SourceWatcher::close);
      checks.shutdownNow();
    }
  }

  private void loop(Front front, ExecutorService checks) throws InterruptedException {
    Optional<Future<?>> running = Optional.empty();
    while (true) {
      long now = millis.getAsLong();
      if (scheduler.due(now)) {
        scheduler.started();
        running = Optional.of(checks.submit(() -> runCheck(front)));
      }
      OptionalLong wait = scheduler.millisUntilDue(millis.getAsLong());
      WatchEvent event =
          wait.isPresent() ? events.poll(wait.getAsLong(), TimeUnit.MILLISECONDS) : events.take();
      if (event == null) {
        continue;
      }
      now = millis.getAsLong();
      if (event instanceof WatchEvent.FileChanged) {
        boolean announce = scheduler.running() && !scheduler.pending();
        scheduler.fileChanged(now);
        if (announce) {
          front.queuedAfterThisCheck();
        }
      } else if (event instanceof WatchEvent.CheckRequested) {
        scheduler.checkRequested(now);
      } else if (event instanceof WatchEvent.Resized) {
        front.resized();
      } else if (event instanceof WatchEvent.CheckFinished) {
        scheduler.finished(now);
        running = Optional.empty();
        if (!scheduler.pending()) {
          front.idle();
        }
      } else if (event instanceof WatchEvent.LeaveRequested) {
        if (running.isPresent()) {
          front.cancel();
          awaitQuietly(running.get());
        }
        return;
      }
    }
  }

  private void runCheck(Front front) {
    try {
      front.check();
    } finally {
      post(new WatchEvent.CheckFinished());
    }
  }

  /** Waits for a cancelled check to end, so its output does not run into what follows. */
  private static void awaitQuietly(Future<?> check) throws InterruptedException {
    try {
      check.get(60, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      // The check failed or hangs; the learner asked to leave, so leave.
    }
  }
}
