package dev.stagecraft.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quiz recall and drill results kept with progress, and old progress files still loading. */
class PracticeProgressTest {

  private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

  @TempDir Path dir;

  private ProgressStore store() {
    return new ProgressStore(dir.resolve("progress.json"), Clock.fixed(NOON, ZoneOffset.UTC));
  }

  @Test
  void aFileWrittenBeforePracticeExistedLoadsWithNone() throws Exception {
    Files.writeString(
        dir.resolve("progress.json"),
        "{\"version\": 1, \"currentExercise\": \"03-go-scratch\", \"exercises\": {\"03-go-scratch\":"
            + " {\"status\": \"passed\", \"attempts\": 2, \"hintsRevealed\": 1}}}");
    LoadedProgress loaded = store().load();
    assertThat(loaded.warnings()).isEmpty();
    assertThat(loaded.progress().practice()).isEqualTo(Practice.none());
    assertThat(loaded.progress().exercise("03-go-scratch").attempts()).isEqualTo(2);
  }

  @Test
  void noPracticeWritesNoPracticeKey() throws Exception {
    store().save(Progress.empty().withCurrentLesson("01-why"));
    assertThat(Files.readString(dir.resolve("progress.json"))).doesNotContain("practice");
  }

  @Test
  void practiceSurvivesARoundTripAndOtherChanges() throws Exception {
    Practice practice =
        Practice.none()
            .afterQuiz(Map.of("which-stage-ships", true, "copy-by-index", false))
            .afterQuiz(Map.of("which-stage-ships", true))
            .afterDrill("01-toolchain-ships", 60, false, 100)
            .afterDrill("01-toolchain-ships", 130, true, 95)
            .afterDrill("01-toolchain-ships", 110, true, 80);
    Progress progress =
        Progress.empty()
            .withPractice(practice)
            .withCheck("03-go-scratch", true, OptionalLong.empty(), NOON)
            .withCurrentLesson("02-stages");
    store().save(progress);

    Progress loaded = store().load().progress();
    assertThat(loaded).isEqualTo(progress);
    assertThat(loaded.practice().quizzesTaken()).isEqualTo(2);
    assertThat(loaded.practice().question("which-stage-ships").box()).isEqualTo(3);
    assertThat(loaded.practice().question("copy-by-index"))
        .isEqualTo(new QuestionRecall(1, 1, 1, 1));
    DrillBest best = loaded.practice().drill("01-toolchain-ships");
    assertThat(best.attempts()).isEqualTo(3);
    assertThat(best.bestScore()).isEqualTo(130);
    assertThat(best.fastestPassSeconds()).hasValue(80);
  }

  @Test
  void aMissedQuestionGoesBackToTheFirstBoxAndARightOneClimbsToTheTop() {
    QuestionRecall recall = QuestionRecall.unseen();
    for (int quiz = 1; quiz <= 7; quiz++) {
      recall = recall.after(true, quiz);
    }
    assertThat(recall.box()).isEqualTo(QuestionRecall.TOP_BOX);
    recall = recall.after(false, 8);
    assertThat(recall).isEqualTo(new QuestionRecall(1, 8, 8, 1));
    assertThat(recall.lastMissed()).isTrue();
  }

  @Test
  void malformedPracticeIsSetAsideLikeAnyCorruptFile() throws Exception {
    Files.writeString(
        dir.resolve("progress.json"),
        "{\"version\": 1, \"practice\": {\"questions\": {\"q\": {\"box\": 9}}}}");
    LoadedProgress loaded = store().load();
    assertThat(loaded.progress()).isEqualTo(Progress.empty());
    assertThat(loaded.warnings()).singleElement().asString().contains("moved to");
  }
}
