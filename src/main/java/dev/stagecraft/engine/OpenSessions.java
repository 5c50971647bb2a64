package dev.stagecraft.engine;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine sessions this process has open, for what Ctrl-C means: remove what they created, which
 * breaks off a running build or container. The JVM does that on its way out (one shutdown hook for
 * all of them); the check server does it when its client goes away, and goes on serving.
 */
public final class OpenSessions {

  private static final Set<SessionResources> OPEN = ConcurrentHashMap.newKeySet();

  /** Builds running now that removing images would not stop (BuildKit's), by how to cancel them. */
  private static final Set<Runnable> RUNNING_BUILDS = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(OpenSessions::stopAll, "stagecraft-engine-cleanup"));
  }

  private OpenSessions() {}

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
