package dev.stagecraft.facts;

import dev.stagecraft.engine.EngineException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs of the image the checks ask for, on a thread of their own while the image's files are
 * read: a run is mostly the engine starting a container and waiting for the app, and the reads need
 * none of it. That saves a check the shorter of the two (0.1 s for the Go exercise).
 */
final class AppRuns {

  /** One run of the image; may fail the way the engine fails. */
  interface Runner {
    RunOutcome run(RunSpec spec) throws EngineException;
  }

  private final Thread thread;
  private final Map<RunSpec, RunOutcome> outcomes = new LinkedHashMap<>();
  private volatile EngineException engineFailure;
  private volatile RuntimeException failure;

  private AppRuns(List<RunSpec> specs, Runner runner) {
    this.thread =
        new Thread(
            () -> {
              try {
                for (RunSpec spec : specs) {
                  RunOutcome outcome = runner.run(spec);
                  synchronized (outcomes) {
                    outcomes.put(spec, outcome);
                  }
                }
              } catch (EngineException e) {
                engineFailure = e;
              } catch (RuntimeException e) {
                failure = e;
              }
            },
            "stagecraft-app-runs");
    thread.setDaemon(true);
  }

  /** Starts the runs in order; none when {@code specs} is empty. */
  static AppRuns start(List<RunSpec> specs, Runner runner) {
    AppRuns runs = new AppRuns(specs, runner);
    if (!specs.isEmpty()) {
      runs.thread.start();
    }
    return runs;
  }

  /**
   * Waits for the runs and returns their outcomes, or throws what stopped them.
   *
   * @throws EngineException when the engine failed during a run
   */
  Map<RunSpec, RunOutcome> await() throws EngineException {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        // The runs end when the engine work is stopped (Ctrl-C removes their containers).
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (engineFailure != null) {
      throw engineFailure;
    }
    if (failure != null) {
      throw failure;
    }
    synchronized (outcomes) {
      return Map.copyOf(outcomes);
    }
  }
}
