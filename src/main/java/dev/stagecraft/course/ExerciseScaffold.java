package dev.stagecraft.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a new exercise into a course: {@code exercises/NN-NAME/} (a starter Dockerfile, a tiny
 * app, exercise.yaml, TASK.md, .dockerignore) and {@code solutions/NN-NAME/Dockerfile}, numbered
 * after the last exercise. It validates as it stands (the starter fails, the solution passes) and
 * builds only on {@code alpine:3.20}, a base the course already needs, so an author starts from
 * something that works and changes it.
 */
public final class ExerciseScaffold {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
  private static final int MAX_NAME = 40;
  private static final String BASE = "alpine:3.20";

  private ExerciseScaffold() {}

  /**
   * What was written.
   *
   * @param id the new exercise's id, such as {@code 15-my-app}
   * @param files every file written, relative to the course folder
   * @param lessonFile the lesson given, relative to the course folder, whose {@code exercises:} the
   *     author extends so the lesson leads to the exercise
   */
  public record Created(String id, List<String> files, Optional<String> lessonFile) {
    public Created {
      files = List.copyOf(files);
    }
  }

  /**
   * Scaffolds exercise {@code name} in {@code course}.
   *
   * @param lesson the lesson that teaches it, as a learner would name it (number, id or slug)
   * @throws CourseException when the name is malformed or taken, the lesson unknown, or a file
   *     cannot be written
   */
  public static Created create(Course course, String name, Optional<String> lesson)
      throws CourseException {
    checkName(course, name);
    Optional<Lesson> taughtIn = Optional.empty();
    if (lesson.isPresent()) {
      taughtIn = course.lesson(lesson.get());
      if (taughtIn.isEmpty()) {
        throw new CourseException(
            "--lesson",
            0,
            "there is no lesson '"
                + lesson.get()
                + "'. Known lessons: "
                + String.join(", ", course.lessons().stream().map(Lesson::id).toList())
                + ".");
      }
    }
    Path home = course.home();
    String id = String.format("%02d-%s", nextNumber(home), name);
    ExerciseTemplates templates = new ExerciseTemplates(id, name, BASE);
    List<String> files = new ArrayList<>();
    String exercise = "exercises/" + id + "/";
    write(
        home, exercise + "exercise.yaml", templates.exerciseYaml(taughtIn.map(Lesson::id)), files);
    write(home, exercise + "Dockerfile", templates.starter(), files);
    write(home, exercise + "hello.sh", templates.app(), files);
    write(home, exercise + "TASK.md", templates.task(), files);
    write(home, exercise + ".dockerignore", templates.dockerignore(), files);
    write(home, "solutions/" + id + "/Dockerfile", templates.solution(), files);
    return new Created(id, files, taughtIn.map(l -> Course.relative(home, l.source())));
  }

  private static void checkName(Course course, String name) throws CourseException {
    if (name.length() > MAX_NAME || !NAME.matcher(name).matches()) {
      throw new CourseException(
          "NAME",
          0,
          "'"
              + name
              + "' is not an exercise name: use lowercase letters, digits and dashes, starting"
              + " with a letter, at most "
              + MAX_NAME
              + " characters (for example go-api). The number is chosen for you.");
    }
    for (Exercise exercise : course.exercises()) {
      if (exercise.id().substring(exercise.id().indexOf('-') + 1).equals(name)) {
        throw new CourseException(
            "exercises/" + exercise.id(),
            0,
            "already holds an exercise named '"
                + name
                + "'; choose another name, or edit that one.");
      }
    }
  }

  /** One past the highest number used under exercises/ or solutions/, so nothing is reused. */
  private static int nextNumber(Path home) throws CourseException {
    int highest = 0;
    for (String folder : List.of("exercises", "solutions")) {
      Path dir = home.resolve(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> children = Files.list(dir)) {
        for (Path child : children.toList()) {
          highest = Math.max(highest, CourseIds.number(child.getFileName().toString()).orElse(0));
        }
      } catch (IOException e) {
        throw new CourseException(folder, 0, "could not be listed: " + e.getMessage(), e);
      }
    }
    return highest + 1;
  }

  private static void write(Path home, String relative, String text, List<String> written)
      throws CourseException {
    Path file = home.resolve(relative);
    try {
      if (Files.exists(file)) {
        throw new CourseException(relative, 0, "already exists; nothing was overwritten.");
      }
      AtomicFiles.write(file, text);
      written.add(relative);
    } catch (IOException e) {
      throw new CourseException(relative, 0, "could not be written: " + e.getMessage(), e);
    }
  }
}
