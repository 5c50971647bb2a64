package dev.stagecraft.engine;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine sessions this process has open, for what Ctrl-C means: remove what they created, which
 * breaks off a running build or container. The JVM does that on its way out (one shutdown hook for
 * all of them); the check server does it when its client goes away, and goes on serving.
 */
public final class OpenSessions {

  private static final Set<SessionResources> OPEN = ConcurrentHashMap.newKeySet();

  /** Builds running now that removing images would not stop (BuildKit's), by how to cancel them. */
  private static final Set<Runnable> RUNNING_BUILDS = ConcurrentHashMap.newKeySet();

  private static final AtomicLong STOPS = new AtomicLong();

  /**
   * How long the JVM's exit waits, once what runs is stopped, for the commands under way to say so:
   * a learner who pressed Ctrl-C reads "stopped", not the broken build's complaints or nothing.
   */
  private static final Duration LAST_WORDS = Duration.ofSeconds(3);

  private static final Object COMMANDS_LOCK = new Object();
  private static int commandsUnderWay;

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stopAll();
                  awaitCommandsUnderWay();
                },
                "stagecraft-engine-cleanup"));
  }

  /** A command the JVM's exit lets end on its own after stopping its work; close when it ends. */
  @FunctionalInterface
  public interface CommandUnderWay {
    void close();
  }

  private OpenSessions() {}

  /**
   * How many times {@link #stopAll} ran in this process: a command that sees it change while it
   * worked was stopped, and its engine's complaints are the stop's doing, not the engine's.
   */
  public static long stops() {
    return STOPS.get();
  }

  /** Marks a command under way until the result is closed (see {@link #LAST_WORDS}). */
  public static CommandUnderWay commandUnderWay() {
    synchronized (COMMANDS_LOCK) {
      commandsUnderWay++;
    }
    return () -> {
      synchronized (COMMANDS_LOCK) {
        commandsUnderWay--;
        COMMANDS_LOCK.notifyAll();
      }
    };
  }

  private static void awaitCommandsUnderWay() {
    long deadline = System.nanoTime() + LAST_WORDS.toNanos();
    synchronized (COMMANDS_LOCK) {
      long left;
      while (commandsUnderWay > 0 && (left = deadline - System.nanoTime()) > 0) {
        try {
          COMMANDS_LOCK.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  static void opened(SessionResources session) {
    OPEN.add(session);
  }

  static void closed(SessionResources session) {
    OPEN.remove(session);
  }

  /** A build is running that {@code cancel} stops; until {@link #buildEnded} with it. */
  static void buildRunning(Runnable cancel) {
    RUNNING_BUILDS.add(cancel);
  }

  static void buildEnded(Runnable cancel) {
    RUNNING_BUILDS.remove(cancel);
  }

  /**
   * Cancels running builds and removes what every open session created; the sessions stay open and
   * can still be closed.
   */
  public static void stopAll() {
    STOPS.incrementAndGet();
    for (Runnable cancel : List.copyOf(RUNNING_BUILDS)) {
      try {
        cancel.run();
      } catch (RuntimeException e) {
        // The engine may be gone, and the build with it.
      }
    }
    for (SessionResources session : List.copyOf(OPEN)) {
      try {
        session.removeAll();
      } catch (RuntimeException e) {
        // The engine may be gone: what is left is swept by the next session.
      }
    }
  }
}
