package dev.stagecraft.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pager's place in a lesson, kept in the progress file without breaking older files. */
class ReadingPositionTest {

  @TempDir Path dir;

  private ProgressStore store() {
    return new ProgressStore(dir.resolve("progress.json"));
  }

  @Test
  void aFileWrittenBeforeThePagerStillLoadsWhole() throws Exception {
    Files.writeString(
        dir.resolve("progress.json"),
        """
        {
          "version" : 1,
          "currentLesson" : "03-go-to-scratch",
          "currentExercise" : "03-go-scratch",
          "exercises" : {
            "03-go-scratch" : {
              "status" : "passed",
              "attempts" : 2,
              "lastChecked" : "2026-03-01T12:00:00Z",
              "bestSizeBytes" : 2000000,
              "hintsRevealed" : 1
            }
          }
        }
        """);

    LoadedProgress loaded = store().load();

    assertThat(loaded.warnings()).isEmpty();
    assertThat(loaded.progress().readingPosition()).isEmpty();
    assertThat(loaded.progress().currentLesson()).contains("03-go-to-scratch");
    assertThat(loaded.progress().status("03-go-scratch")).isEqualTo(ExerciseStatus.PASSED);
    assertThat(loaded.progress().exercise("03-go-scratch").hintsRevealed()).isEqualTo(1);
  }

  @Test
  void aPositionSurvivesARoundTripBesideTheRest() throws Exception {
    Progress progress =
        Progress.empty()
            .withCheck("03-go-scratch", true, OptionalLong.of(5), Instant.EPOCH)
            .withReadingPosition(new ReadingPosition("03-go-to-scratch", 40, 120));

    store().save(progress);
    Progress loaded = store().load().progress();

    assertThat(loaded).isEqualTo(progress);
    assertThat(loaded.currentLesson()).contains("03-go-to-scratch");
    assertThat(Files.readString(dir.resolve("progress.json")))
        .contains("\"readingPosition\"")
        .contains("\"version\" : 1");
  }

  @Test
  void aPositionThatMakesNoSenseIsDroppedAndTheRestIsKept() throws Exception {
    Files.writeString(
        dir.resolve("progress.json"),
        """
        {"version": 1, "currentExercise": "03-go-scratch",
         "readingPosition": {"lesson": "03-go-to-scratch", "line": 500, "lines": 20},
         "exercises": {"03-go-scratch": {"status": "attempted", "attempts": 1}}}
        """);

    LoadedProgress loaded = store().load();

    assertThat(loaded.warnings()).isEmpty();
    assertThat(loaded.progress().readingPosition()).isEmpty();
    assertThat(loaded.progress().status("03-go-scratch")).isEqualTo(ExerciseStatus.ATTEMPTED);
  }

  @Test
  void openingAnotherLessonForgetsThePlaceInTheLastOne() {
    Progress reading =
        Progress.empty().withReadingPosition(new ReadingPosition("03-go-to-scratch", 10, 50));

    assertThat(reading.withCurrentLesson("03-go-to-scratch").readingPosition()).isPresent();
    assertThat(reading.withCurrentLesson("04-choosing-a-runtime-base").readingPosition()).isEmpty();
    assertThat(reading.withCurrentExercise("03-go-scratch").readingPosition()).isPresent();
    assertThat(reading.withHintRevealed("03-go-scratch", 3).readingPosition()).isPresent();
  }

  @Test
  void aPositionScalesToALessonLaidOutAtAnotherWidth() {
    ReadingPosition halfway = new ReadingPosition("l", 50, 100);

    assertThat(halfway.lineIn(100)).isEqualTo(50);
    assertThat(halfway.lineIn(140)).isEqualTo(70);
    assertThat(halfway.lineIn(1)).isZero();
    assertThat(new ReadingPosition("l", 99, 100).lineIn(10)).isEqualTo(9);
    assertThatThrownBy(() -> new ReadingPosition("l", 3, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
