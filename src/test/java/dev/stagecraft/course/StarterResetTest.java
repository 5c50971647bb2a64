package dev.stagecraft.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StarterResetTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T12:34:56Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private final StarterReset reset = new StarterReset(getClass().getClassLoader(), CLOCK);

  /** The real exercise, but with its folder in a temporary directory. */
  private Exercise goScratchIn(Path folder) throws Exception {
    Exercise real = Course.load(Course.defaultHome()).exercise("03-go-scratch").orElseThrow();
    Files.createDirectories(folder);
    return new Exercise(
        real.id(),
        real.number(),
        real.title(),
        real.summary(),
        real.lessonId(),
        folder,
        folder.resolve("Dockerfile"),
        real.solutionDockerfile(),
        real.hints(),
        real.checks());
  }

  @Test
  void resetKeepsTheLearnersFileAndRestoresTheStarterExactly() throws Exception {
    Exercise exercise = goScratchIn(dir.resolve("03-go-scratch"));
    String edited = "FROM golang:1.22 AS build\n# half done\n";
    Files.writeString(exercise.dockerfile(), edited);

    Optional<Path> backup = reset.reset(exercise);

    assertThat(backup).contains(dir.resolve("03-go-scratch/Dockerfile.20260301-123456.bak"));
    assertThat(backup.orElseThrow()).hasContent(edited);
    assertThat(Files.readAllBytes(exercise.dockerfile())).isEqualTo(reset.pristine(exercise));
    assertThat(Files.readString(exercise.dockerfile())).startsWith("# One stage does everything");
  }

  @Test
  void aSecondResetInTheSameSecondKeepsBothBackups() throws Exception {
    Exercise exercise = goScratchIn(dir.resolve("e"));
    Files.writeString(exercise.dockerfile(), "first edit\n");
    reset.reset(exercise);
    Files.writeString(exercise.dockerfile(), "second edit\n");

    Path second = reset.reset(exercise).orElseThrow();

    assertThat(second.getFileName().toString()).isEqualTo("Dockerfile.20260301-123456-2.bak");
    assertThat(second).hasContent("second edit");
    assertThat(dir.resolve("e/Dockerfile.20260301-123456.bak")).hasContent("first edit");
  }

  @Test
  void nothingIsBackedUpWhenThereIsNothingToLose() throws Exception {
    Exercise exercise = goScratchIn(dir.resolve("e"));

    assertThat(reset.reset(exercise)).as("no file yet").isEmpty();
    assertThat(reset.reset(exercise)).as("file equals the starter").isEmpty();
    try (var files = Files.list(dir.resolve("e"))) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .isEqualTo(List.of("Dockerfile"));
    }
  }

  @Test
  void anExerciseMissingFromTheJarIsAnError() throws Exception {
    Exercise real = goScratchIn(dir.resolve("e"));
    Exercise unknown =
        new Exercise(
            "99-nowhere",
            99,
            "t",
            "",
            Optional.empty(),
            real.directory(),
            real.dockerfile(),
            real.solutionDockerfile(),
            List.of(),
            real.checks());
    Files.writeString(unknown.dockerfile(), "mine\n");

    assertThatThrownBy(() -> reset.reset(unknown)).isInstanceOf(NoSuchFileException.class);
    assertThat(unknown.dockerfile()).hasContent("mine");
  }
}
