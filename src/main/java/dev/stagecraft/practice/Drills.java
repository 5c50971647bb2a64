package dev.stagecraft.practice;

import dev.stagecraft.app.Checked;
import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.AtomicFiles;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.course.Drill;
import dev.stagecraft.course.DrillBest;
import dev.stagecraft.course.DrillBook;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.LoadedProgress;
import dev.stagecraft.course.Progress;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.Grade;
import dev.stagecraft.grading.GradingEvent;
import dev.stagecraft.grading.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Timed drills: starting one copies its broken Dockerfile into a working file and starts the clock;
 * grading builds that file with the exercise's own context and checks, through the same {@link
 * Workbench#grade} as {@code check}, scores it and remembers the best in the progress.
 */
public final class Drills {

  /** Where working copies live, under the course home (git ignores {@code .stagecraft/}). */
  public static final String WORK_FOLDER = ".stagecraft/drills";

  private final Workbench bench;
  private final Clock clock;

  /** Drills of the workbench's course, timed by {@code clock}. */
  public Drills(Workbench bench, Clock clock) {
    this.bench = bench;
    this.clock = clock;
  }

  /** The course's drills. */
  public DrillBook book() throws CourseException {
    return DrillBook.load(bench.course());
  }

  /** The working file of a drill: {@code .stagecraft/drills/<id>/Dockerfile}. */
  public Path workingFile(Drill drill) {
    return bench.course().home().resolve(WORK_FOLDER).resolve(drill.id()).resolve("Dockerfile");
  }

  /**
   * Starts a drill: a fresh copy of the broken file (an earlier copy is kept as {@code
   * Dockerfile.bak}) and the clock running from now.
   */
  public DrillRun start(Drill drill) throws IOException {
    Exercise exercise =
        bench
            .course()
            .exercise(drill.exerciseId())
            .orElseThrow(() -> new IllegalStateException("DrillBook checks the exercise exists"));
    Path working = workingFile(drill);
    if (Files.isRegularFile(working)) {
      AtomicFiles.write(working.resolveSibling("Dockerfile.bak"), Files.readAllBytes(working));
    }
    AtomicFiles.write(working, Files.readAllBytes(drill.brokenDockerfile()));
    return new DrillRun(drill, exercise, working, clock.instant());
  }

  /**
   * Grades the working file with the exercise's checks and scores it at the time it was handed in
   * (now, before the build). A scored grading is remembered in the progress (the best score and
   * fastest fix per drill).
   */
  public DrillOutcome grade(DrillRun run, Consumer<GradingEvent> events)
      throws IOException, CheckSpecException {
    // The clock stops when the learner hands the file in: the build is the engine's time.
    Instant now = clock.instant();
    Checked checked = bench.grade(run.exercise(), Optional.of(run.workingFile()), events);
    Grade grade = checked.grade();
    if (!grade.engineReachable()) {
      return new DrillOutcome.Unscored(
          grade,
          "No Docker engine, so only the static checks ran and the drill cannot be scored."
              + " Start Docker and check again; the clock keeps running.");
    }
    int total = grade.results().size();
    int passed = (int) grade.count(Status.PASS);
    Duration elapsed = run.elapsed(now);
    int score = DrillScore.score(passed, Math.max(total, 1), elapsed, run.drill().timeLimit());
    boolean within = elapsed.compareTo(run.drill().timeLimit()) <= 0;
    List<String> warnings = new ArrayList<>(checked.warnings());
    LoadedProgress loaded = bench.progress().load();
    warnings.addAll(loaded.warnings());
    DrillBest before = loaded.progress().practice().drill(run.drill().id());
    Progress next =
        loaded
            .progress()
            .withPractice(
                loaded
                    .progress()
                    .practice()
                    .afterDrill(run.drill().id(), score, passed == total, elapsed.toSeconds()));
    try {
      bench.progress().save(next);
    } catch (IOException e) {
      warnings.add(
          "Could not save your progress to " + bench.progress().file() + ": " + e.getMessage());
    }
    DrillBest after = next.practice().drill(run.drill().id());
    boolean newBest = before.attempts() == 0 || score > before.bestScore();
    return new DrillOutcome.Scored(
        new DrillResult(grade, elapsed, passed, total, score, within, after, newBest), warnings);
  }
}
