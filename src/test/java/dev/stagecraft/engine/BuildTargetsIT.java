package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the classic builder does with targets and with BuildKit-only syntax. */
@ExtendWith(EngineAvailable.class)
class BuildTargetsIT {

  @BeforeEach
  void classic(DockerEngine engine) {
    engine.useBuilder("classic");
  }

  @AfterEach
  void asChosen(DockerEngine engine) {
    engine.useBuilder("auto");
  }

  @Test
  void aTargetStopsTheBuildAfterItsStage(DockerEngine engine) throws Exception {
    String tag = EngineFixtures.uniqueTag("target");
    List<BuildEvent> events = new ArrayList<>();
    engine.build(
        BuildRequest.of(
                EngineFixtures.resource("scratch"),
                EngineFixtures.resource("two-stages.Dockerfile"),
                tag)
            .withTarget("second"),
        events::add);
    List<BuildEvent.StepStarted> steps =
        events.stream()
            .filter(BuildEvent.StepStarted.class::isInstance)
            .map(BuildEvent.StepStarted.class::cast)
            .toList();
    // Stages first and second (4 instructions); stage third never runs, and the LABEL steps the
    // builder appends for stagecraft's own labels are not the Dockerfile's.
    assertThat(steps).allSatisfy(step -> assertThat(step.total()).isEqualTo(4));
    assertThat(steps)
        .extracting(BuildEvent.StepStarted::dockerfileLine)
        .containsExactly(1, 2, 4, 5);
    try (ImageFilesystem files = engine.openFilesystem(tag)) {
      assertThat(files.stat("/second.txt")).isPresent();
      assertThat(files.stat("/readme.md")).isEmpty();
    }
  }

  @Test
  void buildKitOnlySyntaxFailsWithItsLine(DockerEngine engine) {
    assertThatThrownBy(
            () ->
                engine.build(
                    BuildRequest.of(
                        EngineFixtures.resource("scratch"),
                        EngineFixtures.resource("buildkit-only.Dockerfile"),
                        EngineFixtures.uniqueTag("mount")),
                    event -> {}))
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> {
              assertThat(e.dockerfileLine()).contains(4);
              assertThat(e.getMessage()).containsIgnoringCase("mount");
            });
  }

  @Test
  void aMissingCopySourceFailsAtItsStep(DockerEngine engine) {
    assertThatThrownBy(
            () ->
                engine.build(
                    BuildRequest.of(
                        EngineFixtures.resource("ignored"),
                        EngineFixtures.resource("scratch/Dockerfile"),
                        EngineFixtures.uniqueTag("nocopy")),
                    event -> {}))
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> {
              assertThat(e.dockerfileLine()).contains(4);
              assertThat(e.step()).isEqualTo("COPY hello.txt /hello.txt");
              assertThat(e.exitCode()).isEmpty();
              assertThat(e.getMessage()).contains("hello.txt");
            });
  }
}
