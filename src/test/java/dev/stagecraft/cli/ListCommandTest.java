package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagecraft.course.Course;
import dev.stagecraft.course.Progress;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.terminal.OutputMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {

  private static final Path HOME = Course.defaultHome();

  @TempDir Path dir;

  private ProgressStore store() {
    return new ProgressStore(dir.resolve("progress.json"));
  }

  private CommandRun run(String... args) {
    return CommandRun.of(
        new ListCommand(() -> HOME, home -> store(), () -> OutputMode.PLAIN), args);
  }

  @Test
  void jsonListsLessonsAndExercisesWithStatus() throws Exception {
    CommandRun run = run("--json");

    assertThat(run.exitCode()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    JsonNode lesson = root.path("lessons").get(1);
    assertThat(lesson.path("id").asText()).isEqualTo("03-go-to-scratch");
    assertThat(lesson.path("title").asText()).isEqualTo("From golang to scratch");
    assertThat(lesson.path("number").asInt()).isEqualTo(3);
    assertThat(lesson.path("exercises").get(0).asText()).isEqualTo("03-go-scratch");
    JsonNode exercise = root.path("exercises").get(0);
    assertThat(exercise.path("id").asText()).isEqualTo("03-go-scratch");
    assertThat(exercise.path("title").asText()).isEqualTo("Ship a Go binary on scratch");
    assertThat(exercise.path("lesson").asText()).isEqualTo("03-go-to-scratch");
    assertThat(exercise.path("status").asText()).isEqualTo("not_started");
  }

  @Test
  void progressShowsInBothForms() throws Exception {
    store()
        .save(
            Progress.empty()
                .withCheck("03-go-scratch", true, OptionalLong.of(1_500_000), Instant.EPOCH));

    CommandRun json = run("--json");
    CommandRun text = run();

    JsonNode exercise = new ObjectMapper().readTree(json.out()).path("exercises").get(0);
    assertThat(exercise.path("status").asText()).isEqualTo("passed");
    assertThat(exercise.path("bestSizeBytes").asLong()).isEqualTo(1_500_000);
    assertThat(text.out()).contains("Ship a Go binary on scratch").contains("passed");
  }

  @Test
  void aLongStatusKeepsItsDistanceFromTheId() throws Exception {
    Progress progress = Progress.empty();
    for (int i = 0; i < 18; i++) {
      progress = progress.withCheck("03-go-scratch", false, OptionalLong.empty(), Instant.EPOCH);
    }
    store().save(progress);
    assertThat(run().out()).contains("attempted 18x  03-go-scratch");
  }

  @Test
  void textListsEverything() {
    CommandRun run = run();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Lessons", "Why multi-stage builds", "01-why-multi-stage")
        .contains("Exercises", "not started", "03-go-scratch (lesson 3)")
        .doesNotContain("\u001b");
  }

  @Test
  void aCorruptProgressFileIsReportedButListingGoesOn() throws Exception {
    Files.writeString(dir.resolve("progress.json"), "{ broken");

    CommandRun run = run("--json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("warning").contains("progress.json.corrupt-");
    assertThat(
            new ObjectMapper().readTree(run.out()).path("exercises").get(0).path("status").asText())
        .isEqualTo("not_started");
  }

  @Test
  void aMissingCourseIsBadInput() {
    CommandRun run =
        CommandRun.of(
            new ListCommand(() -> dir, home -> store(), () -> OutputMode.PLAIN), "--json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("stagecraft: ").contains("no course here");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void isRegisteredOnTheRootCommand() {
    CommandRun run = CommandRun.of(new StagecraftCommand(), "list", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--json");
  }
}
