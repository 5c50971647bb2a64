package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --offline}: every build of the connection has no network, and a Dockerfile's
 * first build takes nothing from a cache that builds with network filled.
 */
@ExtendWith(EngineAvailable.class)
class OfflineBuildIT {

  @TempDir Path context;

  private BuildRequest request(String dockerfileText, String name) throws Exception {
    Path dockerfile = context.resolve(name);
    Files.writeString(dockerfile, dockerfileText);
    return BuildRequest.of(context, dockerfile, EngineFixtures.uniqueTag(name.toLowerCase()));
  }

  private static boolean hitsTheCache(DockerEngine engine, BuildRequest request) throws Exception {
    List<BuildEvent> events = new ArrayList<>();
    engine.build(request, events::add);
    engine.removeImage(request.tag());
    return events.stream().anyMatch(e -> e instanceof BuildEvent.CacheHit);
  }

  @Test
  void anOfflineBuildSeesNoNetwork(DockerEngine shared) throws Exception {
    // Only the loopback interface exists when the build has no network.
    BuildRequest onlyLoopback =
        request(
            "FROM "
                + EngineFixtures.debianImage(shared)
                + "\nRUN test \"$(ls /sys/class/net)\" = lo\n",
            "Loopback");
    assertThatThrownBy(() -> shared.build(onlyLoopback, e -> {}))
        .isInstanceOf(BuildFailedException.class);
    try (DockerEngine engine = DockerEngine.connect()) {
      engine.buildOffline();
      engine.build(onlyLoopback, e -> {});
      engine.removeImage(onlyLoopback.tag());
    }
  }

  @Test
  void theFirstOfflineBuildIgnoresTheCacheAndLaterOnesReuseIt(DockerEngine shared)
      throws Exception {
    BuildRequest stamp =
        request(
            "FROM "
                + EngineFixtures.debianImage(shared)
                + "\nRUN echo "
                + System.nanoTime()
                + " > /stamp\n",
            "Stamp");
    shared.build(stamp, e -> {});
    try (DockerEngine engine = DockerEngine.connect()) {
      engine.buildOffline();
      assertThat(hitsTheCache(engine, stamp)).as("first offline build").isFalse();
      assertThat(hitsTheCache(engine, stamp)).as("second offline build").isTrue();
    }
    shared.removeImage(stamp.tag());
  }
}
