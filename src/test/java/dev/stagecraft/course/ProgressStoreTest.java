package dev.stagecraft.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressStoreTest {

  private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

  @TempDir Path dir;

  private ProgressStore store() {
    return new ProgressStore(
        dir.resolve(".stagecraft/progress.json"), Clock.fixed(NOON, ZoneOffset.UTC));
  }

  @Test
  void aMissingFileIsEmptyProgressWithoutWarnings() {
    LoadedProgress loaded = store().load();

    assertThat(loaded.progress()).isEqualTo(Progress.empty());
    assertThat(loaded.warnings()).isEmpty();
    assertThat(loaded.progress().status("03-go-scratch")).isEqualTo(ExerciseStatus.NOT_STARTED);
  }

  @Test
  void progressSurvivesARoundTrip() throws Exception {
    Progress progress =
        Progress.empty()
            .withCheck("03-go-scratch", false, OptionalLong.of(900_000_000L), NOON)
            .withCheck("03-go-scratch", true, OptionalLong.of(2_000_000L), NOON.plusSeconds(60))
            .withCheck("03-go-scratch", true, OptionalLong.of(3_000_000L), NOON.plusSeconds(120))
            .withHintRevealed("02-node", 3)
            .withCurrentLesson("03-go-to-scratch");
    ProgressStore store = store();

    store.save(progress);
    LoadedProgress loaded = store.load();

    assertThat(loaded.warnings()).isEmpty();
    assertThat(loaded.progress()).isEqualTo(progress);
    ExerciseProgress go = loaded.progress().exercise("03-go-scratch");
    assertThat(go.status()).isEqualTo(ExerciseStatus.PASSED);
    assertThat(go.attempts()).isEqualTo(3);
    assertThat(go.bestSizeBytes()).hasValue(2_000_000L);
    assertThat(go.lastChecked()).contains(NOON.plusSeconds(120));
    assertThat(loaded.progress().exercise("02-node").hintsRevealed()).isEqualTo(1);
    assertThat(loaded.progress().exercise("02-node").status())
        .isEqualTo(ExerciseStatus.NOT_STARTED);
    assertThat(loaded.progress().currentExercise()).contains("03-go-scratch");
  }

  @Test
  void aFailedCheckAfterAPassKeepsThePass() {
    Progress progress =
        Progress.empty()
            .withCheck("e", true, OptionalLong.of(5), NOON)
            .withCheck("e", false, OptionalLong.empty(), NOON);

    assertThat(progress.status("e")).isEqualTo(ExerciseStatus.PASSED);
    assertThat(progress.exercise("e").bestSizeBytes()).hasValue(5);
  }

  @Test
  void hintsNeverExceedWhatTheExerciseHas() {
    Progress progress = Progress.empty();
    for (int i = 0; i < 5; i++) {
      progress = progress.withHintRevealed("e", 2);
    }
    assertThat(progress.exercise("e").hintsRevealed()).isEqualTo(2);
  }

  @Test
  void saveReplacesTheFileAndLeavesNoTemporaryFiles() throws Exception {
    ProgressStore store = store();
    store.save(Progress.empty().withCurrentLesson("01-why-multi-stage"));
    store.save(Progress.empty().withCurrentLesson("03-go-to-scratch"));

    assertThat(store.load().progress().currentLesson()).contains("03-go-to-scratch");
    try (Stream<Path> files = Files.list(store.file().getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("progress.json");
    }
    assertThat(Files.readString(store.file())).contains("\"version\" : 1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{ not json",
        "[]",
        "{\"version\": 99}",
        "{\"version\": 1, \"exercises\": {\"e\": {\"status\": \"won\"}}}",
        "{\"version\": 1, \"exercises\": {\"e\": {\"status\": \"passed\", \"attempts\": -2}}}",
        "{\"version\": 1, \"exercises\": {\"e\": {\"status\": \"passed\", \"lastChecked\": \"noon\"}}}",
        "{\"version\": 1, \"exercises\": []}"
      })
  void aCorruptFileIsSetAsideAndReported(String content) throws Exception {
    ProgressStore store = store();
    Files.createDirectories(store.file().getParent());
    Files.writeString(store.file(), content);

    LoadedProgress loaded = store.load();

    Path copy = store.file().resolveSibling("progress.json.corrupt-20260301-120000");
    assertThat(loaded.progress()).isEqualTo(Progress.empty());
    assertThat(loaded.warnings()).singleElement().asString().contains(copy.toString());
    assertThat(copy).hasContent(content);
    assertThat(store.file()).doesNotExist();
    assertThat(store.load().warnings()).isEmpty();
  }

  @Test
  void theEnvironmentCanMoveTheFile() {
    Path home = dir.resolve("course");

    assertThat(ProgressStore.defaultLocation(home, Map.of()))
        .isEqualTo(home.resolve(".stagecraft/progress.json"));
    assertThat(ProgressStore.defaultLocation(home, Map.of(ProgressStore.ENV, "/tmp/p.json")))
        .isEqualTo(Path.of("/tmp/p.json"));
  }

  @Test
  void unknownFieldsFromANewerStagecraftAreIgnored() throws Exception {
    ProgressStore store = store();
    Files.createDirectories(store.file().getParent());
    Files.writeString(
        store.file(),
        "{\"version\": 1, \"theme\": \"dark\", \"exercises\": {\"e\": {\"status\": \"attempted\","
            + " \"attempts\": 2, \"streak\": 4}}}");

    LoadedProgress loaded = store.load();

    assertThat(loaded.warnings()).isEqualTo(List.of());
    assertThat(loaded.progress().exercise("e").attempts()).isEqualTo(2);
  }

  @Test
  void anUnreadableFileIsMovedAsideToo() throws Exception {
    ProgressStore store = store();
    Files.createDirectories(store.file().getParent());
    Files.write(store.file(), new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});

    LoadedProgress loaded = store.load();

    Path copy = store.file().resolveSibling("progress.json.corrupt-20260301-120000");
    assertThat(loaded.progress()).isEqualTo(Progress.empty());
    assertThat(loaded.warnings())
        .singleElement()
        .asString()
        .contains("could not be read")
        .contains(copy.toString());
    assertThat(copy).exists();
  }

  @Test
  void twoCorruptFilesInOneSecondKeepBothCopies() throws Exception {
    ProgressStore store = store();
    Files.createDirectories(store.file().getParent());
    Files.writeString(store.file(), "first {");
    store.load();
    Files.writeString(store.file(), "second {");

    assertThat(store.load().warnings())
        .singleElement()
        .asString()
        .contains("progress.json.corrupt-20260301-120000-2");
    assertThat(store.file().resolveSibling("progress.json.corrupt-20260301-120000"))
        .hasContent("first {");
    assertThat(store.file().resolveSibling("progress.json.corrupt-20260301-120000-2"))
        .hasContent("second {");
  }

  @Test
  void theFirstPassIsRememberedWithItsTime() throws Exception {
    Progress progress =
        Progress.empty()
            .withCheck("03-go-scratch", false, OptionalLong.empty(), NOON)
            .withCheck("03-go-scratch", true, OptionalLong.of(2L), NOON.plusSeconds(60))
            .withCheck("03-go-scratch", true, OptionalLong.of(1L), NOON.plusSeconds(120));
    ProgressStore store = store();

    store.save(progress);

    ExerciseProgress go = store.load().progress().exercise("03-go-scratch");
    assertThat(go.passedAt()).contains(NOON.plusSeconds(60));
    assertThat(go.afterHint(3).passedAt()).contains(NOON.plusSeconds(60));
    assertThat(Files.readString(store.file())).contains("\"passedAt\" : \"2026-03-01T12:01:00Z\"");
  }
}
