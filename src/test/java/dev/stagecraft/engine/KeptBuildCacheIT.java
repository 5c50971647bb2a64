package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache kept across sessions: a second session reuses the first one's step images, the
 * cap evicts them when a session ends, and {@code clearBuildCache} empties it.
 */
@ExtendWith(EngineAvailable.class)
class KeptBuildCacheIT {

  private static final long ONE_GB = 1_000_000_000L;

  @TempDir Path context;
  @TempDir Path cacheDir;

  @BeforeEach
  void twoStages() throws Exception {
    Files.writeString(context.resolve("a.txt"), "a " + System.nanoTime());
    Files.writeString(
        context.resolve("Dockerfile"),
        "FROM scratch AS build\nCOPY a.txt /a.txt\nCOPY a.txt /b.txt\n"
            + "FROM scratch\nCOPY --from=build /a.txt /out.txt\n");
  }

  /** Builds and removes the graded image, as a check does; returns the step images it named. */
  private List<String> check(DockerEngine engine, List<BuildEvent> events) throws Exception {
    String tag = EngineFixtures.uniqueTag("kept");
    List<String> stepImages = new ArrayList<>();
    engine.build(
        BuildRequest.of(context, context.resolve("Dockerfile"), tag),
        e -> {
          events.add(e);
          if (e instanceof BuildEvent.Output output
              && output.line().matches(" ?-{2,3}> [0-9a-f]{11,12}")) {
            stepImages.add(output.line().substring(output.line().indexOf("> ") + 2));
          }
        });
    engine.removeImage(tag);
    return stepImages;
  }

  @Test
  void theNextSessionReusesTheStepImagesOfTheLast() throws Exception {
    List<String> first;
    try (DockerEngine engine = EngineFixtures.classicEngine()) {
      engine.keepBuildCache(cacheDir, ONE_GB);
      first = check(engine, new ArrayList<>());
    }
    List<BuildEvent> second = new ArrayList<>();
    try (DockerEngine engine = EngineFixtures.classicEngine()) {
      engine.keepBuildCache(cacheDir, ONE_GB);
      // Both stages' steps, the final stage's too: the graded image went without its parents.
      assertThat(first).anyMatch(engine::imageExists);
      BuildCacheSummary kept = engine.buildCache().orElseThrow();
      assertThat(kept.images()).isGreaterThanOrEqualTo(3);
      assertThat(kept.bytes()).isPositive().isLessThan(ONE_GB);

      check(engine, second);
      assertThat(second.stream().filter(e -> e instanceof BuildEvent.CacheHit).count())
          .isGreaterThanOrEqualTo(3);
    }
    // `stagecraft clean` runs in a session of its own, with nothing built on the cache.
    try (DockerEngine engine = EngineFixtures.classicEngine()) {
      engine.keepBuildCache(cacheDir, ONE_GB);
      int removed = engine.clearBuildCache();
      assertThat(removed).isGreaterThanOrEqualTo(3);
      assertThat(engine.buildCache().orElseThrow().images()).isZero();
      assertThat(first).noneMatch(engine::imageExists);
    }
  }

  @Test
  void aSessionEndingOverTheCapRemovesWhatDoesNotFit() throws Exception {
    List<String> stepImages;
    try (DockerEngine engine = EngineFixtures.classicEngine()) {
      engine.keepBuildCache(cacheDir, 0);
      stepImages = check(engine, new ArrayList<>());
      assertThat(stepImages).anyMatch(engine::imageExists);
    }
    try (DockerEngine engine = EngineFixtures.classicEngine()) {
      assertThat(stepImages).noneMatch(engine::imageExists);
    }
  }

  @Test
  void aLedgerLineCutShortByAKilledProcessCostsOnlyThatLine() throws Exception {
    List<String> stepImages;
    try (DockerEngine engine = EngineFixtures.classicEngine()) {
      engine.keepBuildCache(cacheDir, ONE_GB);
      stepImages = check(engine, new ArrayList<>());
    }
    try (var ledgers = Files.list(cacheDir)) {
      for (Path ledger : ledgers.filter(p -> p.toString().endsWith(".tsv")).toList()) {
        Files.writeString(ledger, "0123456789ab\t17", java.nio.file.StandardOpenOption.APPEND);
      }
    }
    try (DockerEngine engine = EngineFixtures.classicEngine()) {
      engine.keepBuildCache(cacheDir, ONE_GB);
      assertThat(engine.clearBuildCache()).isGreaterThanOrEqualTo(3);
      assertThat(stepImages).noneMatch(engine::imageExists);
    }
  }
}
