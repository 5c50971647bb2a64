package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classic builder keeps the images of every step, including those of a build stage the final
 * image does not sit on; a session reuses them and removes them when it closes.
 */
@ExtendWith(EngineAvailable.class)
class BuildCacheCleanupIT {

  @TempDir Path context;

  @Test
  void stepImagesOfEveryStageAreReusedThenRemovedOnClose() throws Exception {
    Files.writeString(context.resolve("a.txt"), "a " + System.nanoTime());
    Files.writeString(
        context.resolve("Dockerfile"),
        "FROM scratch AS build\nCOPY a.txt /a.txt\nCOPY a.txt /b.txt\n"
            + "FROM scratch\nCOPY --from=build /a.txt /out.txt\n");
    List<String> stepImages = new ArrayList<>();
    List<BuildEvent> second = new ArrayList<>();
    try (DockerEngine engine = EngineFixtures.classicEngine()) {
      String tag = EngineFixtures.uniqueTag("cache");
      engine.build(
          BuildRequest.of(context, context.resolve("Dockerfile"), tag),
          e -> {
            if (e instanceof BuildEvent.Output output
                && output.line().matches(" ?-{2,3}> [0-9a-f]{11,12}")) {
              // " ---> 0a1b2c3d4e5f" from the classic builder, "--> 0a1b2c3d4e5" from Podman's.
              stepImages.add(output.line().substring(output.line().indexOf("> ") + 2));
            }
          });
      engine.removeImage(tag);
      engine.build(BuildRequest.of(context, context.resolve("Dockerfile"), tag), second::add);
      assertThat(second).anyMatch(e -> e instanceof BuildEvent.CacheHit);
      // The final image and its parents went with the tag; the build stage's images stay as cache.
      assertThat(stepImages).anyMatch(engine::imageExists);
    }
    try (DockerEngine engine = EngineFixtures.classicEngine()) {
      assertThat(stepImages).noneMatch(engine::imageExists);
    }
  }
}
