package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EngineAvailable.class)
class SessionCleanupIT {

  @Test
  void closeRemovesEverythingTheSessionCreatedAndOnlyThat(DockerEngine shared) throws Exception {
    String sharedTag = EngineFixtures.uniqueTag("kept");
    shared.build(scratchBuild(sharedTag), event -> {});

    String tag = EngineFixtures.uniqueTag("session");
    DockerEngine engine = DockerEngine.connect();
    ImageFilesystem open;
    try {
      engine.build(scratchBuild(tag), event -> {});
      open = engine.openFilesystem(tag);
      assertThat(engine.sessionResourceCount()).isEqualTo(2);
    } finally {
      engine.close();
    }
    engine.close();
    assertThat(shared.imageExists(tag)).isFalse();
    assertThat(shared.imageExists(sharedTag)).isTrue();
    assertThat(shared.sessionResourceCount(engine.sessionId())).isZero();
    open.close();
  }

  @Test
  void staleCleanupSparesRecentResourcesOfOtherSessions(DockerEngine shared) throws Exception {
    String tag = EngineFixtures.uniqueTag("fresh");
    try (DockerEngine other = DockerEngine.connect()) {
      other.build(scratchBuild(tag), event -> {});
      shared.removeStale(Duration.ofHours(1));
      assertThat(shared.imageExists(tag)).isTrue();
    }
    assertThat(shared.imageExists(tag)).isFalse();
  }

  private static BuildRequest scratchBuild(String tag) {
    return BuildRequest.of(
            EngineFixtures.resource("scratch"), EngineFixtures.resource("scratch/Dockerfile"), tag)
        .withLabels(Map.of("purpose", "cleanup-test"));
  }
}
