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

/** {@code validate --offline}: the builds of a connection run with no network and no cache. */
@ExtendWith(EngineAvailable.class)
class OfflineBuildIT {

  @TempDir Path context;

  @Test
  void anOfflineBuildSeesNoNetworkAndReusesNoCache(DockerEngine shared) throws Exception {
    String base = EngineFixtures.debianImage(shared);
    // Only the loopback interface exists when the build has no network.
    Files.writeString(
        context.resolve("Dockerfile"),
        "FROM " + base + "\nRUN test \"$(ls /sys/class/net)\" = lo\n");
    BuildRequest request =
        BuildRequest.of(context, context.resolve("Dockerfile"), EngineFixtures.uniqueTag("net"));

    assertThatThrownBy(() -> shared.build(request, e -> {}))
        .isInstanceOf(BuildFailedException.class);

    try (DockerEngine engine = DockerEngine.connect()) {
      engine.buildOffline();
      engine.build(request, e -> {});
      List<BuildEvent> again = new ArrayList<>();
      engine.build(request, again::add);
      assertThat(again).noneMatch(e -> e instanceof BuildEvent.CacheHit);
      engine.removeImage(request.tag());
    }
  }
}
