package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagecraft.course.Course;
import dev.stagecraft.course.Progress;
import dev.stagecraft.course.ProgressLock;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.terminal.OutputMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressCommandTest {

  private static final Path HOME = Course.defaultHome();
  private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

  @TempDir Path dir;

  private ProgressStore store() {
    return new ProgressStore(dir.resolve("progress.json"));
  }

  private CommandRun run(String... args) {
    return CommandRun.of(
        new ProgressCommand(() -> HOME, home -> store(), () -> OutputMode.PLAIN), args);
  }

  private void someProgress() throws Exception {
    store()
        .save(
            Progress.empty()
                .withCheck("03-go-scratch", false, OptionalLong.empty(), NOON)
                .withHintRevealed("03-go-scratch", 4)
                .withCheck("03-go-scratch", true, OptionalLong.of(2_100_000L), NOON.plusSeconds(90))
                .withCheck("05-node-api", false, OptionalLong.empty(), NOON.plusSeconds(600)));
  }

  @Test
  void exportGivesEachExerciseItsStatusChecksHintsAndPassTime() throws Exception {
    someProgress();

    CommandRun run = run("export", "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.path("format").asText()).isEqualTo("stagecraft-progress");
    assertThat(root.path("version").asInt()).isEqualTo(1);
    assertThat(root.path("exportedAt").asText()).isNotEmpty();
    assertThat(root.has("learner")).isTrue();
    assertThat(root.path("summary").path("passed").asInt()).isEqualTo(1);
    assertThat(root.path("summary").path("attempted").asInt()).isEqualTo(1);
    assertThat(root.path("summary").path("exercises").asInt())
        .isEqualTo(root.path("exercises").size());
    JsonNode go = byId(root.path("exercises"), "03-go-scratch");
    assertThat(go.path("status").asText()).isEqualTo("passed");
    assertThat(go.path("attempts").asInt()).isEqualTo(2);
    assertThat(go.path("hintsShown").asInt()).isEqualTo(1);
    assertThat(go.path("hintsAvailable").asInt()).isEqualTo(4);
    assertThat(go.path("passedAt").asText()).isEqualTo("2026-03-01T12:01:30Z");
    assertThat(go.path("lastCheckedAt").asText()).isEqualTo("2026-03-01T12:01:30Z");
    assertThat(go.path("bestSizeBytes").asLong()).isEqualTo(2_100_000L);
    JsonNode untouched = byId(root.path("exercises"), "01-two-dockerfiles-to-one");
    assertThat(untouched.path("status").asText()).isEqualTo("not_started");
    assertThat(untouched.path("passedAt").isNull()).isTrue();
  }

  @Test
  void progressAloneSaysItInWordsWithinTheWidth() throws Exception {
    someProgress();

    CommandRun run = run();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().replaceAll("\\s+", " "))
        .contains("You have passed 1 of")
        .contains("and started 1 more")
        .contains("03-go-scratch: passed on 2026-03-01 12:01 UTC, 2 checks, 1 of 4 hints shown,")
        .contains("smallest passing image 2.1 MB")
        .contains("05-node-api: not passed yet, 1 check")
        .contains("Not started yet: 01, 02,");
    assertThat(run.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void exportAsksForAFormat() {
    CommandRun run = run("export");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("--json");
  }

  @Test
  void aCorruptFileIsBackedUpAndNamedInTheWarning() throws Exception {
    Files.writeString(dir.resolve("progress.json"), "{\"version\": 1, \"exercises\": [");

    CommandRun run = run("export", "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("warning").contains("progress.json.corrupt-");
    assertThat(new ObjectMapper().readTree(run.out()).path("summary").path("passed").asInt())
        .isZero();
  }

  @Test
  void aSecondSessionIsToldWhoHoldsTheLockAndWhatToDo() {
    String message =
        SessionLock.heldMessage(
            new ProgressLock.Outcome.HeldElsewhere(
                dir.resolve("progress.json.lock"), OptionalLong.of(1234)),
            store());

    assertThat(message)
        .contains("another stagecraft is open on this course (pid 1234)")
        .contains("close it first")
        .contains("STAGECRAFT_PROGRESS=");
  }

  private static JsonNode byId(JsonNode list, String id) {
    for (JsonNode node : list) {
      if (node.path("id").asText().equals(id)) {
        return node;
      }
    }
    throw new AssertionError("no " + id + " in " + list);
  }
}
