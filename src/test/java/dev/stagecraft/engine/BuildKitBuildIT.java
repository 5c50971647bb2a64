package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Builds through a BuildKit session: context, .dockerignore, cache mounts, secrets, failures. */
@ExtendWith(EngineAvailable.class)
class BuildKitBuildIT {

  @TempDir Path context;

  private DockerEngine engine;

  @BeforeEach
  void buildKit(DockerEngine shared) {
    engine = shared;
    engine.useBuilder("buildkit");
    assertThat(engine.info().builder()).isEqualTo("buildkit");
  }

  @AfterEach
  void asChosen() {
    engine.useBuilder("auto");
  }

  private BuildRequest request(String dockerfileText) throws Exception {
    Path dockerfile = context.resolve("Dockerfile");
    Files.writeString(dockerfile, dockerfileText);
    return BuildRequest.of(context, dockerfile, EngineFixtures.uniqueTag("buildkit"));
  }

  @Test
  void buildsTheContextWithACacheMountAndSkipsTheUnusedStage() throws Exception {
    String base = EngineFixtures.debianImage(engine);
    // New content each run: nothing of this build is in the cache yet, so every step runs.
    String hello = "hello from the context " + System.nanoTime();
    Files.writeString(context.resolve("hello.txt"), hello + "\n");
    Files.writeString(context.resolve("secret.log"), "left out\n");
    Files.writeString(context.resolve(".dockerignore"), "*.log\n");
    BuildRequest request =
        request(
            "FROM "
                + base
                + " AS unused\n"
                + "RUN echo the unused stage ran && exit 7\n"
                + "FROM "
                + base
                + "\n"
                + "COPY . /ctx/\n"
                + "RUN --mount=type=cache,target=/cache echo cached > /cache/x && cat /ctx/hello.txt\n");
    List<BuildEvent> events = new ArrayList<>();
    BuiltImage built = engine.build(request, events::add);
    try {
      assertThat(built.imageId()).startsWith("sha256:");
      List<BuildEvent.StepStarted> steps =
          events.stream()
              .filter(BuildEvent.StepStarted.class::isInstance)
              .map(BuildEvent.StepStarted.class::cast)
              .toList();
      assertThat(steps).extracting(BuildEvent.StepStarted::number).containsExactly(3, 4, 5);
      assertThat(steps.get(2).dockerfileLine()).isEqualTo(5);
      assertThat(steps.get(0).instruction()).isEqualTo("FROM " + base);
      assertThat(steps.get(2).instruction()).startsWith("RUN --mount=type=cache");
      assertThat(events)
          .contains(new BuildEvent.Output(hello))
          .doesNotContain(new BuildEvent.Output("the unused stage ran"));
      assertThat(engine.stat(built.tag(), "/ctx/hello.txt")).isPresent();
      assertThat(engine.stat(built.tag(), "/ctx/secret.log")).isEmpty();
      assertThat(engine.stat(built.tag(), "/ctx/.dockerignore")).isPresent();
    } finally {
      engine.removeImage(built.tag());
    }
  }

  @Test
  void aFailingStepNamesItsLineExitCodeAndOutput() throws Exception {
    BuildRequest request =
        request(
            "FROM "
                + EngineFixtures.debianImage(engine)
                + "\n"
                + "RUN echo about to fail\n"
                + "RUN echo the compiler said no && exit 3\n");
    assertThatThrownBy(() -> engine.build(request, e -> {}))
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            failed -> {
              assertThat(failed.dockerfileLine()).contains(3);
              assertThat(failed.exitCode()).contains(3);
              assertThat(failed.getMessage())
                  .isEqualTo(
                      "line 3 (RUN echo the compiler said no && exit 3) failed with exit code 3.");
              assertThat(failed.logTail()).contains("the compiler said no");
            });
  }

  @Test
  void aSyntaxErrorNamesItsLine() throws Exception {
    BuildRequest request =
        request("FROM " + EngineFixtures.debianImage(engine) + "\nCOPY onlyone\n");
    assertThatThrownBy(() -> engine.build(request, e -> {}))
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            failed -> assertThat(failed.dockerfileLine()).isEqualTo(Optional.of(2)));
  }

  @Test
  void aSecretIsReadableDuringTheBuildAndInNoLayer() throws Exception {
    String token = "s3cr3t-" + System.nanoTime();
    BuildRequest request =
        request(
                "FROM "
                    + EngineFixtures.debianImage(engine)
                    + "\n"
                    + "RUN --mount=type=secret,id=token test \"$(cat /run/secrets/token)\" = "
                    + token
                    + " && echo secret seen\n")
            .withSecrets(Map.of("token", token));
    BuiltImage built = engine.build(request, e -> {});
    try {
      List<String> found =
          engine.saveLayers(built.tag(), new TextScanner(List.of(token))).stream()
              .flatMap(layer -> layer.entries().stream())
              .filter(entry -> !entry.textsFound().isEmpty())
              .map(LayerEntry::path)
              .toList();
      assertThat(found).isEmpty();
      assertThat(engine.stat(built.tag(), "/run/secrets/token")).isEmpty();
    } finally {
      engine.removeImage(built.tag());
    }
  }
}
