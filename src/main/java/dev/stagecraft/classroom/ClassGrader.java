package dev.stagecraft.classroom;

import dev.stagecraft.app.EngineConnector;
import dev.stagecraft.app.EngineStatus;
import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.Course;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.report.SubmissionResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * Grades a class: every learner's submission for every exercise, spread over the engines given. One
 * reader fetches and reads submissions into a bounded {@link JobQueue}; each engine has {@code
 * jobsPerEngine} {@link GradeWorker}s taking from it, so a fast engine takes more. A learner's
 * broken submission becomes that learner's result and never stops the batch. Results of unchanged
 * submissions are reused from the {@link ResultCache}.
 */
public final class ClassGrader {

  static final String NO_ENGINE_LEFT = "no engine was left to grade it";

  private final Path courseHome;
  private final GradeSettings settings;
  private final Consumer<ClassEvent> events;
  private final List<GradeWorker> workers = Collections.synchronizedList(new ArrayList<>());
  private volatile JobQueue queue;
  private volatile boolean cancelled;

  public ClassGrader(Path courseHome, GradeSettings settings, Consumer<ClassEvent> events) {
    this.courseHome = courseHome;
    this.settings = settings;
    this.events = events;
  }

  /**
   * Grades {@code sources} (one per learner, names unique) on the settings' exercises.
   *
   * @throws CourseException when the course cannot be loaded
   * @throws IllegalArgumentException for an exercise id the course does not have
   */
  public BatchOutcome grade(List<SubmissionSource> sources) throws CourseException, IOException {
    Course course = Course.load(courseHome);
    List<Exercise> exercises = new ArrayList<>();
    List<String> digests = new ArrayList<>();
    for (String id : settings.exerciseIds()) {
      Exercise exercise =
          course
              .exercise(id)
              .orElseThrow(() -> new IllegalArgumentException("No exercise '" + id + "'"));
      if (exercises.contains(exercise)) {
        continue; // named twice (02 and 02-name-your-stages): graded once
      }
      exercises.add(exercise);
      digests.add(ResultCache.exerciseDigest(exercise));
    }
    ResultCache cache = new ResultCache(settings.cacheDirectory(), settings.toolVersion());
    List<SubmissionResult> results = Collections.synchronizedList(new ArrayList<>());
    Consumer<SubmissionResult> finished =
        result -> {
          results.add(result);
          events.accept(new ClassEvent.Finished(result));
        };
    JobQueue jobs = new JobQueue(2 * settings.engines().size() * settings.jobsPerEngine());
    queue = jobs;
    List<String> engineProblems = Collections.synchronizedList(new ArrayList<>());
    Consumer<ClassEvent> engineEvents =
        event -> {
          if (event instanceof ClassEvent.EngineLost lost) {
            engineProblems.add(lost.engine() + ": " + lost.reason());
          }
          events.accept(event);
        };
    Path scratch = Files.createTempDirectory("stagecraft-class-");
    ScheduledExecutorService alarms = Executors.newSingleThreadScheduledExecutor();
    List<Workbench> benches = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    try {
      for (EngineTarget target : settings.engines()) {
        for (int slot = 0; slot < settings.jobsPerEngine(); slot++) {
          Workbench bench =
              Workbench.open(courseHome, ProgressStore.forHome(courseHome), connector(target));
          benches.add(bench);
          if (bench.engine() instanceof EngineStatus.Unavailable unavailable) {
            engineEvents.accept(new ClassEvent.EngineLost(target.name(), unavailable.message()));
            break;
          }
          GradeWorker worker =
              new GradeWorker(
                  target, bench, jobs, cache, settings.timeout(), alarms, engineEvents, finished);
          workers.add(worker);
          jobs.workerStarted();
          Thread thread = new Thread(worker, "stagecraft-grade-" + target.name() + "-" + slot);
          thread.setDaemon(true);
          threads.add(thread);
        }
      }
      threads.forEach(Thread::start);
      SubmissionReader reader =
          new SubmissionReader(exercises, digests, cache, settings, scratch, jobs, finished);
      for (SubmissionSource source : sources) {
        if (cancelled || !reader.read(source)) {
          break;
        }
      }
      jobs.finishProducing();
      for (Thread thread : threads) {
        thread.join();
      }
      String notGraded = cancelled ? "stopped before it was graded (Ctrl-C)" : NO_ENGINE_LEFT;
      for (GradeJob job : jobs.drain()) {
        finished.accept(
            SubmissionResult.broken(job.learner(), job.exercise().id(), notGraded, 0, ""));
      }
      reader.reportUnread(sources, results, notGraded);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel();
    } finally {
      alarms.shutdownNow();
      benches.forEach(Workbench::close);
      SubmissionReader.deleteTree(scratch);
    }
    List<String> exerciseIds = exercises.stream().map(Exercise::id).toList();
    boolean noEngine =
        !cancelled
            && (workers.isEmpty()
                || results.stream().anyMatch(r -> r.reason().equals(NO_ENGINE_LEFT)));
    return new BatchOutcome(
        exerciseIds, sorted(results, sources, exerciseIds), engineProblems, noEngine, cancelled);
  }

  /**
   * Stops the batch (Ctrl-C): no new submission starts, and the ones being graded are broken off.
   */
  public void cancel() {
    cancelled = true;
    JobQueue current = queue;
    if (current != null) {
      current.cancel();
    }
    synchronized (workers) {
      workers.forEach(GradeWorker::stopCurrent);
    }
  }

  private static EngineConnector connector(EngineTarget target) {
    return () -> DockerEngine.connect(target.environment());
  }

  private static List<SubmissionResult> sorted(
      List<SubmissionResult> results, List<SubmissionSource> sources, List<String> exercises) {
    List<String> learners = sources.stream().map(SubmissionSource::learner).toList();
    List<SubmissionResult> copy;
    synchronized (results) {
      copy = new ArrayList<>(results);
    }
    copy.sort(
        Comparator.comparingInt((SubmissionResult r) -> learners.indexOf(r.learner()))
            .thenComparingInt(r -> exercises.indexOf(r.exercise())));
    return copy;
  }
}
