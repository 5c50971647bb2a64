package dev.stagecraft.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseScaffoldTest {

  @TempDir Path home;

  @Test
  void theNewExerciseTakesTheNextNumberAndLoadsWithItsLesson() throws Exception {
    MiniCourse course = new MiniCourse(home);
    course.write("solutions/07-retired/Dockerfile", "FROM scratch\n");

    ExerciseScaffold.Created created =
        ExerciseScaffold.create(course.load(), "go-api", Optional.of("1"));

    assertThat(created.id()).isEqualTo("08-go-api");
    assertThat(created.files())
        .containsExactly(
            "exercises/08-go-api/exercise.yaml",
            "exercises/08-go-api/Dockerfile",
            "exercises/08-go-api/hello.sh",
            "exercises/08-go-api/TASK.md",
            "exercises/08-go-api/.dockerignore",
            "solutions/08-go-api/Dockerfile");
    Exercise exercise = course.load().exercise("go-api").orElseThrow();
    assertThat(exercise.lessonId()).contains("01-only");
    assertThat(exercise.checks())
        .extracting(CheckSpec::type)
        .containsExactly("stage-count", "non-root-user", "runs");
    assertThat(BaseImages.in(Files.readString(exercise.solutionDockerfile())))
        .containsExactly("alpine:3.20");
    assertThat(BaseImages.in(Files.readString(exercise.dockerfile())))
        .containsExactly("alpine:3.20");
  }

  @Test
  void aTakenNameIsRefusedAndNothingIsWritten() throws Exception {
    MiniCourse course = new MiniCourse(home);

    assertThatThrownBy(() -> ExerciseScaffold.create(course.load(), "only", Optional.empty()))
        .isInstanceOf(CourseException.class)
        .hasMessageContaining("exercises/01-only: already holds an exercise named 'only'");
    try (var children = Files.list(home.resolve("exercises"))) {
      assertThat(children.toList()).hasSize(1);
    }
  }

  @Test
  void aMalformedNameOrUnknownLessonIsRefused() throws Exception {
    Course course = new MiniCourse(home).load();

    assertThatThrownBy(() -> ExerciseScaffold.create(course, "03-Go API", Optional.empty()))
        .hasMessageContaining("'03-Go API' is not an exercise name")
        .hasMessageContaining("The number is chosen for you");
    assertThatThrownBy(() -> ExerciseScaffold.create(course, "../x", Optional.empty()))
        .hasMessageContaining("is not an exercise name");
    assertThatThrownBy(() -> ExerciseScaffold.create(course, "api", Optional.of("9")))
        .hasMessageContaining("there is no lesson '9'. Known lessons: 01-only");
  }
}
