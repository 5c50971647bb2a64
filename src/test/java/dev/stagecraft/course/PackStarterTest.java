package dev.stagecraft.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack's exercise that shares an id with a built-in one never gets the built-in starter. */
class PackStarterTest {

  @TempDir Path temp;

  @Test
  void thePacksOwnExerciseIsNotTheBuiltInOneOfTheSameId() throws Exception {
    MiniCourse pack = new MiniCourse(temp);
    Path own = temp.resolve("exercises/01-only");
    Files.move(own, temp.resolve("exercises/03-go-scratch"));
    Files.move(temp.resolve("solutions/01-only"), temp.resolve("solutions/03-go-scratch"));
    pack.write(
        "lessons/01-only.md", MiniCourse.LESSON.replace("exercises: [01-only]", "exercises: []"));
    pack.write(
        "exercises/03-go-scratch/exercise.yaml",
        MiniCourse.EXERCISE_YAML.replace("lesson: 01-only\n", ""));
    Exercise theirs = pack.load().exercise("03-go-scratch").orElseThrow();

    assertThatThrownBy(() -> new StarterReset().pristine(theirs))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("not one of the exercises this build of stagecraft ships");
  }

  @Test
  void theBuiltInExerciseStillGetsItsShippedStarter() throws Exception {
    Exercise real = Course.load(Course.defaultHome()).exercise("03-go-scratch").orElseThrow();

    assertThat(new String(new StarterReset().pristine(real))).startsWith("# One stage");
  }
}
