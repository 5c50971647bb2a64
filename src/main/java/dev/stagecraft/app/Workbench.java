package dev.stagecraft.app;

import dev.stagecraft.course.Course;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.ProgressStore;
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
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The wiring both front ends share: the course, the engine connection (made on first use and
 * retried while it is down, so a learner can start Docker mid-session) and the grader.
 */
public final class Workbench implements AutoCloseable {

  private final Course course;
  private final ProgressStore progress;
  private final Linter linter = Linter.withAllRules();
  private final CheckRegistry registry = CheckRegistry.standard(linter);
  private EngineStatus engine;

  private Workbench(Course course, ProgressStore progress) {
    this.course = course;
    this.progress = progress;
  }

  /** Opens the course found in {@code home}; progress is kept next to it. */
  public static Workbench open(Path home) throws CourseException {
    return new Workbench(Course.load(home), ProgressStore.forHome(home));
  }

  /** The course home: -Dstagecraft.home (set by ./stagecraft), else the working directory. */
  public static Path defaultHome() {
    String home = System.getProperty("stagecraft.home");
    return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
  }

  public Course course() {
    return course;
  }

  public ProgressStore progress() {
    return progress;
  }

  public Linter linter() {
    return linter;
  }

  public CheckRegistry registry() {
    return registry;
  }

  /** The engine, connecting now if there is none yet. */
  public synchronized EngineStatus engine() {
    if (engine instanceof EngineStatus.Connected) {
      return engine;
    }
    try {
      engine = new EngineStatus.Connected(DockerEngine.connect());
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
            ? new LabAccess.Available(new ImageLab(connected.engine()))
            : new LabAccess.Unavailable(((EngineStatus.Unavailable) status).message());
    return new Grader(registry, linter, access);
  }

  /** Grades an exercise, on the learner's Dockerfile unless another file is given. */
  public Grade check(
      Exercise exercise, Optional<Path> dockerfile, Consumer<GradingEvent> events)
      throws IOException, CheckSpecException {
    Path file = dockerfile.orElse(exercise.dockerfile()).toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      throw new java.nio.file.NoSuchFileException(
          file.toString(), null, "no Dockerfile there; run `reset` to restore the starter");
    }
    GradingRequest request =
        new GradingRequest(exercise.id(), file, exercise.directory(), exercise.checks());
    return grader().grade(request, events);
  }

  @Override
  public synchronized void close() {
    if (engine instanceof EngineStatus.Connected connected) {
      connected.engine().close();
    }
  }
}
