package dev.stagecraft.course;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The course on disk: lessons from {@code lessons/NN-slug.md}, exercises from {@code
 * exercises/NN-slug/} (each the build context of the learner's Dockerfile) and reference
 * Dockerfiles from {@code solutions/NN-slug/}.
 */
public final class Course {

  /** System property naming the course home; the launcher script sets it to the checkout. */
  public static final String HOME_PROPERTY = CourseHome.PROPERTY;

  private static final String SCHEMA_DOC = "docs/exercise-yaml.md";

  private final Path home;
  private final List<Lesson> lessons;
  private final List<Exercise> exercises;

  private Course(Path home, List<Lesson> lessons, List<Exercise> exercises) {
    this.home = home;
    this.lessons = List.copyOf(lessons);
    this.exercises = List.copyOf(exercises);
  }

  /**
   * The course home to use when no {@code --course} is given: {@code $STAGECRAFT_COURSE}, else
   * {@code -Dstagecraft.home}, else the working directory (see {@link CourseHome}).
   */
  public static Path defaultHome() {
    return CourseHome.fromProcess(Optional.empty()).path();
  }

  /**
   * Loads and cross-checks the whole course.
   *
   * @param home the folder holding lessons/, exercises/ and solutions/
   * @throws CourseException naming the file, line and key at fault when anything is malformed
   */
  public static Course load(Path home) throws CourseException {
    Path root = home.toAbsolutePath().normalize();
    Path lessonDir = root.resolve("lessons");
    Path exerciseDir = root.resolve("exercises");
    if (!Files.isDirectory(lessonDir) || !Files.isDirectory(exerciseDir)) {
      throw new CourseException(
          root.toString(),
          0,
          "no course here: expected the folders lessons/ and exercises/. Run stagecraft from its"
              + " own folder, or name a course folder with --course DIR (or $"
              + CourseHome.ENV
              + ", or -D"
              + HOME_PROPERTY
              + "=<folder>).");
    }
    for (Path folder : List.of(lessonDir, exerciseDir, root.resolve("solutions"))) {
      confine(root, folder);
    }
    List<LessonFile.Parsed> lessons = loadLessons(root, lessonDir);
    List<LoadedExercise> exercises = loadExercises(root, exerciseDir);
    if (lessons.isEmpty()) {
      throw new CourseException(
          "lessons",
          0,
          "holds no lesson. A course needs at least one lessons/NN-slug.md with front matter"
              + " (id, title); see "
              + SCHEMA_DOC
              + ".");
    }
    crossCheck(root, lessons, exercises);
    return new Course(
        root,
        lessons.stream().map(LessonFile.Parsed::lesson).toList(),
        exercises.stream().map(LoadedExercise::exercise).toList());
  }

  /** The folder holding lessons/, exercises/ and solutions/. */
  public Path home() {
    return home;
  }

  /** Every lesson, ordered by number. */
  public List<Lesson> lessons() {
    return lessons;
  }

  /** Every exercise, ordered by number. */
  public List<Exercise> exercises() {
    return exercises;
  }

  /**
   * The lesson a learner typed: {@code 1}, {@code 01}, {@code 01-why-multi-stage} or {@code
   * why-multi-stage}.
   */
  public Optional<Lesson> lesson(String idOrNumber) {
    return CourseIds.resolve(idOrNumber, lessons, Lesson::id, Lesson::number);
  }

  /** The exercise a learner typed, in the same forms as {@link #lesson(String)}. */
  public Optional<Exercise> exercise(String idOrNumber) {
    return CourseIds.resolve(idOrNumber, exercises, Exercise::id, Exercise::number);
  }

  private record LoadedExercise(Exercise exercise, String yamlName, int lessonLine) {}

  private static List<LessonFile.Parsed> loadLessons(Path root, Path lessonDir)
      throws CourseException {
    List<LessonFile.Parsed> out = new ArrayList<>();
    for (Path file : children(root, lessonDir)) {
      String name = file.getFileName().toString();
      if (!name.endsWith(".md")
          || name.equalsIgnoreCase("README.md")
          || !Files.isRegularFile(file)) {
        continue;
      }
      String id = name.substring(0, name.length() - ".md".length());
      String sourceName = relative(root, file);
      confine(root, file);
      int number =
          CourseIds.number(id)
              .orElseThrow(
                  () ->
                      new CourseException(
                          sourceName,
                          0,
                          "lesson files are named NN-slug.md (for example 03-node-to-nginx.md);"
                              + " rename this one."));
      String text = read(root, file);
      LessonMarkers.check(root, text, sourceName);
      out.add(LessonFile.parse(id, number, text, sourceName, file));
    }
    requireUniqueNumbers(out.stream().map(p -> p.lesson().source()).toList(), root, "lesson");
    out.sort(Comparator.comparingInt((LessonFile.Parsed p) -> p.lesson().number()));
    return out;
  }

  private static List<LoadedExercise> loadExercises(Path root, Path exerciseDir)
      throws CourseException {
    List<LoadedExercise> out = new ArrayList<>();
    for (Path dir : children(root, exerciseDir)) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      confine(root, dir);
      String id = dir.getFileName().toString();
      int number =
          CourseIds.number(id)
              .orElseThrow(
                  () ->
                      new CourseException(
                          relative(root, dir),
                          0,
                          "exercise folders are named NN-slug (for example 02-node-to-nginx);"
                              + " rename this one."));
      Path yamlFile = dir.resolve("exercise.yaml");
      String yamlName = relative(root, yamlFile);
      if (!Files.isRegularFile(yamlFile)) {
        throw new CourseException(
            yamlName, 0, "is missing. Every exercise folder needs one; see " + SCHEMA_DOC + ".");
      }
      confine(root, yamlFile);
      confine(root, dir.resolve("Dockerfile"));
      ExerciseSpec spec = ExerciseSpec.parse(read(root, yamlFile), yamlName);
      Path solution = root.resolve("solutions").resolve(id).resolve("Dockerfile");
      confine(root, solution.getParent());
      confine(root, solution);
      if (!Files.isRegularFile(solution)) {
        throw new CourseException(
            relative(root, solution),
            0,
            "is missing. Every exercise needs a reference Dockerfile that passes its checks.");
      }
      Exercise exercise =
          new Exercise(
              id,
              number,
              spec.title(),
              spec.summary(),
              spec.lessonId(),
              dir,
              dir.resolve("Dockerfile"),
              solution,
              spec.hints(),
              spec.checks());
      out.add(new LoadedExercise(exercise, yamlName, spec.lessonLine()));
    }
    requireUniqueNumbers(
        out.stream().map(e -> e.exercise().directory()).toList(), root, "exercise");
    out.sort(Comparator.comparingInt((LoadedExercise e) -> e.exercise().number()));
    return out;
  }

  private static void crossCheck(
      Path root, List<LessonFile.Parsed> lessons, List<LoadedExercise> exercises)
      throws CourseException {
    List<String> lessonIds = lessons.stream().map(p -> p.lesson().id()).toList();
    List<String> exerciseIds = exercises.stream().map(e -> e.exercise().id()).toList();
    for (LessonFile.Parsed parsed : lessons) {
      for (String exerciseId : parsed.lesson().exerciseIds()) {
        if (!exerciseIds.contains(exerciseId)) {
          throw new CourseException(
              relative(root, parsed.lesson().source()),
              parsed.exercisesLine(),
              "key 'exercises' names '"
                  + exerciseId
                  + "', which is not a folder under exercises/. Known exercises: "
                  + String.join(", ", exerciseIds)
                  + ".");
        }
      }
    }
    for (LoadedExercise loaded : exercises) {
      Optional<String> lessonId = loaded.exercise().lessonId();
      if (lessonId.isPresent() && !lessonIds.contains(lessonId.get())) {
        throw new CourseException(
            loaded.yamlName(),
            loaded.lessonLine(),
            "key 'lesson' names '"
                + lessonId.get()
                + "', which is not a file under lessons/. Known lessons: "
                + String.join(", ", lessonIds)
                + ".");
      }
    }
  }

  private static void requireUniqueNumbers(List<Path> paths, Path root, String what)
      throws CourseException {
    Map<Integer, Path> seen = new HashMap<>();
    for (Path path : paths) {
      String name = path.getFileName().toString();
      int number = CourseIds.number(name.replaceFirst("\\.md$", "")).orElse(-1);
      Path earlier = seen.putIfAbsent(number, path);
      if (earlier != null) {
        throw new CourseException(
            relative(root, path),
            0,
            "has the same number as "
                + relative(root, earlier)
                + "; give each "
                + what
                + " its own number so '"
                + number
                + "' means one thing.");
      }
    }
  }

  /** Refuses a file or folder of the course that, links followed, lies outside it. */
  private static void confine(Path root, Path found) throws CourseException {
    String name = relative(root, found);
    try {
      CoursePaths.requireInside(root, found, "course folder " + root);
    } catch (CoursePaths.Escape e) {
      throw new CourseException(name, 0, e.getMessage() + ".");
    }
  }

  private static List<Path> children(Path root, Path dir) throws CourseException {
    try (Stream<Path> stream = Files.list(dir)) {
      // Hidden entries belong to editors and tools (.DS_Store, .idea), not to the course.
      return stream.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw new CourseException(
          relative(root, dir), 0, "could not be listed: " + e.getMessage(), e);
    }
  }

  private static String read(Path root, Path file) throws CourseException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw new CourseException(relative(root, file), 0, "is not UTF-8 text; save it as UTF-8.", e);
    } catch (IOException e) {
      throw new CourseException(relative(root, file), 0, "could not be read: " + e.getMessage(), e);
    }
  }

  static String relative(Path root, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
  }
}
