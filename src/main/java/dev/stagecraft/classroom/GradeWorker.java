package dev.stagecraft.classroom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagecraft.app.EngineStatus;
import dev.stagecraft.app.Workbench;
import dev.stagecraft.grading.CheckResult;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.Grade;
import dev.stagecraft.grading.Status;
import dev.stagecraft.report.SubmissionResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Grades jobs from the queue on one engine, one at a time, with a workbench (and so an engine
 * session) of its own: stopping a submission that ran out of time removes what that session
 * created, which breaks off its build and nothing of another worker's.
 */
final class GradeWorker implements Runnable {

  static final String STOPPED = "stopped while it was graded (the batch was stopped)";

  private final EngineTarget target;
  private final Workbench bench;
  private final JobQueue queue;
  private final ResultCache cache;
  private final Duration timeout;
  private final ScheduledExecutorService alarms;
  private final Consumer<ClassEvent> events;
  private final Consumer<SubmissionResult> finished;

  GradeWorker(
      EngineTarget target,
      Workbench bench,
      JobQueue queue,
      ResultCache cache,
      Duration timeout,
      ScheduledExecutorService alarms,
      Consumer<ClassEvent> events,
      Consumer<SubmissionResult> finished) {
    this.target = target;
    this.bench = bench;
    this.queue = queue;
    this.cache = cache;
    this.timeout = timeout;
    this.alarms = alarms;
    this.events = events;
    this.finished = finished;
  }

  /** Stops the submission being graded now (Ctrl-C): its build is broken off. */
  void stopCurrent() {
    bench.cancelEngineWork();
  }

  @Override
  public void run() {
    try {
      Optional<GradeJob> next;
      while ((next = queue.take()).isPresent()) {
        GradeJob job = next.get();
        Optional<SubmissionResult> result = grade(job);
        if (result.isEmpty()) {
          queue.giveBack(job);
          return;
        }
        cache.store(job.cacheKey(), result.get());
        finished.accept(result.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      queue.workerEnded();
    }
  }

  /** The job's result; empty when this engine went away and another must grade it. */
  private Optional<SubmissionResult> grade(GradeJob job) {
    String exercise = job.exercise().id();
    events.accept(new ClassEvent.Started(job.learner(), exercise, target.name()));
    long start = System.nanoTime();
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> alarm =
        alarms.schedule(
            () -> {
              timedOut.set(true);
              bench.cancelEngineWork();
            },
            timeout.toMillis(),
            TimeUnit.MILLISECONDS);
    Path folder = null;
    try {
      folder = Files.createTempDirectory("stagecraft-grade-");
      Path dockerfile = folder.resolve("Dockerfile");
      Files.write(dockerfile, job.files().dockerfile());
      if (job.files().dockerignore().isPresent()) {
        Files.write(folder.resolve(".dockerignore"), job.files().dockerignore().get());
      }
      Grade grade = bench.grade(job.exercise(), Optional.of(dockerfile), e -> {}).grade();
      alarm.cancel(false);
      if (timedOut.get()) {
        return Optional.of(tooLong(job, start));
      }
      if (queue.cancelled()) {
        return Optional.of(broken(job, STOPPED, start));
      }
      if (!grade.engineReachable()) {
        return engineFailed(job, grade, start);
      }
      Optional<String> engineTrouble = engineTrouble(grade);
      if (engineTrouble.isPresent()) {
        return Optional.of(broken(job, engineTrouble.get(), start));
      }
      SubmissionResult graded =
          SubmissionResult.graded(job.learner(), exercise, grade, seconds(start), target.name());
      graded.grade().ifPresent(g -> ((ObjectNode) g).put("dockerfile", job.files().shownPath()));
      return Optional.of(graded);
    } catch (IOException | CheckSpecException | RuntimeException e) {
      alarm.cancel(false);
      if (timedOut.get()) {
        return Optional.of(tooLong(job, start));
      }
      if (queue.cancelled()) {
        return Optional.of(broken(job, STOPPED, start));
      }
      return Optional.of(broken(job, "could not be graded: " + e.getMessage(), start));
    } finally {
      deleteQuietly(folder);
    }
  }

  /**
   * The engine failed during the grade: if it answers again, the failure was this submission's (an
   * error the engine gave for it); if not, the engine is gone and the job goes to another.
   */
  private Optional<SubmissionResult> engineFailed(GradeJob job, Grade grade, long start) {
    bench.cancelEngineWork();
    if (bench.engine() instanceof EngineStatus.Unavailable unavailable) {
      events.accept(new ClassEvent.EngineLost(target.name(), unavailable.message()));
      return Optional.empty();
    }
    String message =
        grade.build().map(CheckResult::message).orElse("the engine failed while grading it");
    return Optional.of(broken(job, message, start));
  }

  /**
   * A build the engine could not finish for reasons of its own (out of disk, an error it reports as
   * its own) is not the learner's failing build: it says nothing about their Dockerfile.
   */
  static Optional<String> engineTrouble(Grade grade) {
    Optional<CheckResult> build = grade.build();
    if (build.isEmpty()) {
      return Optional.empty();
    }
    String message = build.get().message();
    if (build.get().status() == Status.ERROR) {
      return Optional.of(message);
    }
    if (build.get().status() == Status.FAIL
        && message.toLowerCase(Locale.ROOT).contains("no space left on device")) {
      return Optional.of(
          "the engine ran out of disk space building it (an image that fills the disk?): "
              + message);
    }
    return Optional.empty();
  }

  private SubmissionResult tooLong(GradeJob job, long start) {
    return broken(
        job,
        "stopped after the time limit of "
            + Durations.format(timeout)
            + " (--timeout): a build or run that never ends?",
        start);
  }

  private SubmissionResult broken(GradeJob job, String reason, long start) {
    return SubmissionResult.broken(
        job.learner(), job.exercise().id(), reason, seconds(start), target.name());
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void deleteQuietly(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is the system's to clear
    }
  }
}
