package dev.stagecraft.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.course.Course;
import dev.stagecraft.course.Exercise;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which graded files count as an attempt of the learner's exercise. */
class AttemptsTest {

  @TempDir Path dir;

  private static Exercise goScratch() throws Exception {
    return Course.load(Course.defaultHome()).exercise("03-go-scratch").orElseThrow();
  }

  @Test
  void theLearnersOwnFileCountsHoweverItIsNamed() throws Exception {
    Exercise exercise = goScratch();
    assertThat(Workbench.isLearnersOwn(exercise, Optional.empty())).isTrue();
    assertThat(Workbench.isLearnersOwn(exercise, Optional.of(exercise.dockerfile()))).isTrue();
    Path roundabout =
        exercise.directory().resolve("../" + exercise.id() + "/./Dockerfile").normalize();
    assertThat(Workbench.isLearnersOwn(exercise, Optional.of(roundabout))).isTrue();
  }

  @Test
  void anotherFileDoesNot() throws Exception {
    Exercise exercise = goScratch();
    Path draft = Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
    assertThat(Workbench.isLearnersOwn(exercise, Optional.of(exercise.solutionDockerfile())))
        .isFalse();
    assertThat(Workbench.isLearnersOwn(exercise, Optional.of(draft))).isFalse();
    assertThat(Workbench.isLearnersOwn(exercise, Optional.of(dir.resolve("missing")))).isFalse();
  }
}
