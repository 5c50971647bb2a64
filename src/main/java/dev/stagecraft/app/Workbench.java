package dev.stagecraft.app;

import dev.stagecraft.course.Course;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.LoadedProgress;
import dev.stagecraft.course.Progress;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.course.StarterReset;
import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineUnavailableException;
import dev.stagecraft.facts.ImageLab;
import dev.stagecraft.grading.CheckRegistry;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.Grade;
import dev.stagecraft.grading.Grader;
import dev.stagecraft.grading.GradingEvent;
import dev.stagecraft.grading.GradingRequest;
import dev.stagecraft.grading.LabAccess;
import dev.stagecraft.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * The wiring both front ends share: the course, the engine connection (made on first use and
 * retried while it is down, so a learner can start Docker mid-session) and the grader.
 */
public final class Workbench implements AutoCloseable {

  /**
   * Leftovers of sessions on other machines sharing the engine are removed once this old; no check
   * keeps an image or container nearly as long, and a day-long REPL session only loses its build
   * cache.
   */
  public static final Duration LEFTOVERS_AGE = Duration.ofHours(24);

  /** Sizes of starters and references measured in earlier sessions, beside the build cache. */
  public static final String MEASURED_SIZES_FILE = "measured-sizes.properties";

  private final Course course;
  private final ProgressStore progress;
  private final Linter linter = Linter.withAllRules();
  private final CheckRegistry registry = CheckRegistry.standard(linter);
  private EngineStatus engine;

  private final EngineConnector connector;
  private final PristineStarters starters;
  private ImageLab lab;
  private DockerEngine labEngine;

  /** Sessions of this process whose connection was dropped before it could remove what it made. */
  private final List<String> leftBehind = new ArrayList<>();

  private Workbench(Course course, ProgressStore progress, EngineConnector connector) {
    this.course = course;
    this.progress = progress;
    this.connector = connector;
    this.starters = new PristineStarters(course.home().resolve(StarterReset.SNAPSHOTS));
    // Snapshot starters the jar does not ship (an instructor's own exercises) on first contact,
    // before the learner has had a chance to edit them.
    course.exercises().forEach(starters::pristineStarter);
  }

  /** Opens the course found in {@code home}; progress is kept next to it. */
  public static Workbench open(Path home) throws CourseException {
    return open(home, ProgressStore.forHome(home), EngineConnector.fromEnvironment());
  }

  /** Opens a course with progress and engine of the caller's choosing (tests, tools). */
  public static Workbench open(Path home, ProgressStore progress, EngineConnector connector)
      throws CourseException {
    return new Workbench(Course.load(home), progress, connector);
  }

  public Course course() {
    return course;
  }

  public ProgressStore progress() {
    return progress;
  }

  /** Lessons as learners read them, check tables filled in from the exercises' checks. */
  public LessonText lessonText() {
    return new LessonText(course, registry);
  }

  /** The engine, connecting now if there is none yet. */
  public synchronized EngineStatus engine() {
    if (engine instanceof EngineStatus.Connected) {
      return engine;
    }
    try {
      DockerEngine connected = connector.connect();
      connected.removeLeftoversWhenDue(LEFTOVERS_AGE);
      // This process still runs, so the leftovers rule spares its earlier sessions: remove them.
      leftBehind.forEach(connected::removeSession);
      leftBehind.clear();
      engine = new EngineStatus.Connected(connected);
    } catch (EngineUnavailableException e) {
      engine = new EngineStatus.Unavailable(e.getMessage());
    }
    return engine;
  }

  /** A grader over the current engine, or a static-only one when no engine is reachable. */
  public Grader grader() {
    EngineStatus status = engine();
    LabAccess access =
        status instanceof EngineStatus.Connected connected
            ? new LabAccess.Available(lab(connected))
            : new LabAccess.Unavailable(((EngineStatus.Unavailable) status).message());
    return new Grader(registry, linter, access);
  }

  /** One lab per connection, so what it measured (starter sizes) is reused across checks. */
  private synchronized ImageLab lab(EngineStatus.Connected connected) {
    // A Ctrl-C may have dropped the connection since the caller got it: never keep a lab on it.
    if (lab == null || labEngine != connected.engine()) {
      lab =
          new ImageLab(
              connected.engine(),
              connector.stateDirectory().map(dir -> dir.resolve(MEASURED_SIZES_FILE)));
      labEngine = connected.engine();
    }
    return lab;
  }

  /**
   * Grades an exercise on the learner's Dockerfile, or on another file when one is given. Only a
   * full grade (engine reachable) of the learner's own file, exercises/NN-slug/Dockerfile, counts
   * as an attempt in the progress: grading a solution or a draft elsewhere does not.
   */
  public Checked check(Exercise exercise, Optional<Path> dockerfile, Consumer<GradingEvent> events)
      throws IOException, CheckSpecException {
    Checked checked = grade(exercise, dockerfile, events);
    Grade grade = checked.grade();
    if (!grade.engineReachable() || !isLearnersOwn(exercise, dockerfile)) {
      return checked;
    }
    List<String> warnings = new ArrayList<>(checked.warnings());
    warnings.addAll(recordAttempt(exercise, grade));
    return new Checked(grade, warnings);
  }

  /** Whether a check of {@code dockerfile} (none: the exercise's own) grades the learner's file. */
  static boolean isLearnersOwn(Exercise exercise, Optional<Path> dockerfile) {
    if (dockerfile.isEmpty()) {
      return true;
    }
    Path given = dockerfile.get().toAbsolutePath().normalize();
    Path own = exercise.dockerfile().toAbsolutePath().normalize();
    if (given.equals(own)) {
      return true;
    }
    try {
      return Files.isSameFile(given, own);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Grades an exercise on the learner's Dockerfile or another file, recording nothing in the
   * progress (validate, which grades starters and solutions as an author would).
   */
  public Checked grade(Exercise exercise, Optional<Path> dockerfile, Consumer<GradingEvent> events)
      throws IOException, CheckSpecException {
    Path file = dockerfile.orElse(exercise.dockerfile()).toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(
          file.toString(),
          null,
          dockerfile.isPresent()
              ? "give the path of an existing Dockerfile"
              : "restore the starter with `reset " + exercise.id() + "`");
    }
    Path reference = exercise.solutionDockerfile();
    GradingRequest request =
        new GradingRequest(
            exercise.id(),
            file,
            exercise.directory(),
            exercise.checks(),
            starters.pristineStarter(exercise),
            Files.isRegularFile(reference) ? Optional.of(reference) : Optional.empty());
    Grade grade = grader().grade(request, events);
    if (grade.interruption().isPresent()) {
      // The connection may be broken or its engine frozen: the next check connects afresh.
      dropEngine();
    }
    return new Checked(grade, List.of());
  }

  private List<String> recordAttempt(Exercise exercise, Grade grade) {
    LoadedProgress loaded = progress.load();
    OptionalLong size =
        grade.image().map(i -> OptionalLong.of(i.sizeBytes())).orElse(OptionalLong.empty());
    Progress next =
        loaded
            .progress()
            .withCheck(exercise.id(), grade.passed(), size, Instant.now())
            .withCurrentExercise(exercise.id());
    List<String> warnings = new ArrayList<>(loaded.warnings());
    try {
      progress.save(next);
    } catch (IOException e) {
      warnings.add("Could not save your progress to " + progress.file() + ": " + e.getMessage());
    }
    return warnings;
  }

  /**
   * Stops what the engine is doing for this workbench (Ctrl-C during a check): removes everything
   * this session created, which breaks off a running build or read, and drops the connection. The
   * next check connects afresh.
   */
  public void cancelEngineWork() {
    dropEngine();
  }

  private void dropEngine() {
    EngineStatus current;
    synchronized (this) {
      current = engine;
      engine = null;
      lab = null;
      labEngine = null;
    }
    if (current instanceof EngineStatus.Connected connected) {
      connected.engine().close();
      if (connected.engine().leftResourcesBehind()) {
        synchronized (this) {
          leftBehind.add(connected.engine().sessionId());
        }
      }
    }
  }

  @Override
  public synchronized void close() {
    if (engine instanceof EngineStatus.Connected connected) {
      connected.engine().close();
    }
  }
}
