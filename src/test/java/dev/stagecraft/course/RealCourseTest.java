package dev.stagecraft.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The course shipped in this repository loads, and learners can name things the short way. */
class RealCourseTest {

  private static Course course;

  @BeforeAll
  static void load() throws CourseException {
    course = Course.load(Course.defaultHome());
  }

  @Test
  void lessonsAndExercisesAreOrderedAndLinked() {
    assertThat(course.lessons())
        .extracting(Lesson::id)
        .contains("01-why-multi-stage", "03-go-to-scratch")
        .isSorted();
    assertThat(course.exercises()).extracting(Exercise::id).contains("03-go-scratch").isSorted();
    Exercise goScratch = course.exercise("03-go-scratch").orElseThrow();
    assertThat(goScratch.lessonId()).contains("03-go-to-scratch");
    assertThat(course.lesson("03-go-to-scratch").orElseThrow().exerciseIds())
        .containsExactly("03-go-scratch");
  }

  @Test
  void everyExerciseHasItsFilesAndChecks() {
    for (Exercise exercise : course.exercises()) {
      assertThat(exercise.dockerfile()).isRegularFile();
      assertThat(exercise.solutionDockerfile()).isRegularFile();
      assertThat(exercise.hints()).as(exercise.id() + " hints").isNotEmpty();
      assertThat(exercise.checks()).as(exercise.id() + " checks").isNotEmpty();
      assertThat(exercise.directory().resolve("TASK.md")).isRegularFile();
    }
  }

  @Test
  void goScratchChecksCarryTheirParameters() {
    Exercise exercise = course.exercise("03-go-scratch").orElseThrow();

    assertThat(exercise.checks())
        .extracting(CheckSpec::type)
        .containsExactly(
            "stage-count",
            "image-size",
            "smaller-than-starter",
            "toolchain-absent",
            "no-source-files",
            "non-root-user",
            "runs");
    assertThat(exercise.checks().get(1).params()).containsEntry("maxMB", 10);
    assertThat(exercise.checks().get(6).params())
        .containsEntry("exitCode", 0)
        .containsEntry("output", "hello from a static Go binary");
  }

  /** The output a {@code runs} check waits for is something the exercise's program prints. */
  @Test
  void expectedOutputIsPrintedByTheProgram() throws Exception {
    for (Exercise exercise : course.exercises()) {
      String sources;
      // The whole folder: an app may keep its code below it (src/manifest/cli.py, src/ of Node).
      try (var files = Files.walk(exercise.directory())) {
        sources =
            files
                .filter(p -> isProgramSource(p.getFileName().toString()))
                .filter(Files::isRegularFile)
                .map(RealCourseTest::read)
                .reduce("", String::concat);
      }
      for (CheckSpec check : exercise.checks()) {
        if (check.type().equals("runs") && check.params().get("output") instanceof String output) {
          assertThat(sources).as(check.location()).containsPattern(output);
        }
      }
    }
  }

  /** The app's own files, not the course's files about it (which quote the expected output). */
  private static boolean isProgramSource(String name) {
    return !name.startsWith(".")
        && !name.startsWith("Dockerfile")
        && !name.endsWith(".md")
        && !name.equals("exercise.yaml");
  }

  private static String read(Path file) {
    try {
      // Lenient: vendored packages (a tarball, a wheel) sit among the sources.
      return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "03", "03-go-to-scratch", "go-to-scratch", " GO-TO-SCRATCH "})
  void aLessonCanBeNamedByNumberIdOrSlug(String query) {
    assertThat(course.lesson(query)).map(Lesson::id).contains("03-go-to-scratch");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "03", "003", "03-go-scratch", "go-scratch"})
  void anExerciseCanBeNamedByNumberIdOrSlug(String query) {
    assertThat(course.exercise(query)).map(Exercise::id).contains("03-go-scratch");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "99", "go", "scratch", "02-go-scratch", "1-go-scratch"})
  void unknownNamesResolveToNothing(String query) {
    assertThat(course.exercise(query)).isEmpty();
  }

  @Test
  void theStarterTheLearnerSeesIsTheOneShippedForReset() throws Exception {
    for (Exercise exercise : course.exercises()) {
      byte[] shipped = new StarterReset().pristine(exercise);
      assertThat(shipped).isEqualTo(Files.readAllBytes(starterInRepository(exercise)));
    }
  }

  private static Path starterInRepository(Exercise exercise) {
    return course.home().resolve("exercises").resolve(exercise.id()).resolve("Dockerfile");
  }
}
