package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EngineAvailable.class)
class DockerEngineIT {

  private static String scratchTag;
  private static BuiltImage scratch;
  private static final List<BuildEvent> scratchEvents = new ArrayList<>();

  @BeforeAll
  static void buildScratchImage() throws Exception {
    DockerEngine engine = EngineAvailable.engine();
    scratchTag = EngineFixtures.uniqueTag("scratch");
    scratch =
        engine.build(
            BuildRequest.of(
                EngineFixtures.resource("scratch"),
                EngineFixtures.resource("scratch/Dockerfile"),
                scratchTag),
            scratchEvents::add);
  }

  @Test
  void negotiatesOneApiVersionWithinWhatTheEngineAccepts(DockerEngine engine) {
    EngineInfo info = engine.info();
    ApiVersion chosen = ApiVersion.parse(info.apiVersion());
    assertThat(chosen).isLessThanOrEqualTo(ApiVersion.NEWEST_KNOWN);
    assertThat(chosen).isGreaterThanOrEqualTo(ApiVersion.parse(info.minApiVersion()));
    assertThat(info.serverVersion()).isNotBlank();
    assertThat(info.storageDriver()).isNotBlank();
    // BuildKit where the engine offers a session (Docker 18.09 and later over a plain socket).
    assertThat(info.builder()).isEqualTo(info.isPodman() ? "buildah" : "buildkit");
    assertThat(info.endpoint()).contains("://");
  }

  @Test
  void buildReportsEveryStepWithItsDockerfileLine() {
    List<BuildEvent.StepStarted> steps =
        scratchEvents.stream()
            .filter(BuildEvent.StepStarted.class::isInstance)
            .map(BuildEvent.StepStarted.class::cast)
            .toList();
    if (EngineAvailable.engine().info().isBuildKit()) {
      // BuildKit runs only what makes a layer: COPY (line 4) and COPY (5); FROM scratch and LABEL
      // change the config alone.
      assertThat(steps).extracting(BuildEvent.StepStarted::number).containsExactly(2, 3);
      assertThat(steps).extracting(BuildEvent.StepStarted::dockerfileLine).containsExactly(4, 5);
      assertThat(steps.get(0).instruction()).isEqualTo("COPY hello.txt /hello.txt");
    } else {
      // FROM (line 2), COPY (4), COPY (5), LABEL (6), then the builder's own LABEL for our labels.
      assertThat(steps).extracting(BuildEvent.StepStarted::number).startsWith(1, 2, 3, 4);
      assertThat(steps).extracting(BuildEvent.StepStarted::dockerfileLine).startsWith(2, 4, 5, 6);
      assertThat(steps.get(1).instruction()).isEqualTo("COPY hello.txt /hello.txt");
    }
    assertThat(scratchEvents.get(scratchEvents.size() - 1))
        .isEqualTo(new BuildEvent.Finished(scratch.imageId()));
    assertThat(scratch.imageId()).startsWith("sha256:");
    assertThat(scratch.tag()).isEqualTo(scratchTag);
  }

  @Test
  void builtImageCarriesTheSessionLabelsAndItsConfig(DockerEngine engine) throws Exception {
    ImageDetails details = engine.inspectImage(scratchTag);
    assertThat(details.id()).isEqualTo(scratch.imageId());
    assertThat(details.labels())
        .containsEntry(DockerEngine.OWNER_LABEL, DockerEngine.OWNER)
        .containsEntry(DockerEngine.SESSION_LABEL, engine.sessionId())
        .containsEntry("purpose", "engine-test");
    assertThat(details.user()).isEmpty();
    assertThat(details.entrypoint()).isEmpty();
    assertThat(details.cmd()).isEmpty();
    assertThat(details.healthcheck()).isEmpty();
    assertThat(details.layerDiffIds()).hasSize(2);
    // Podman names a short tag in full: docker.io/stagecraft-test/scratch:...
    assertThat(details.repoTags())
        .anyMatch(tag -> tag.equals(scratchTag) || tag.endsWith("/" + scratchTag));
  }

  @Test
  void historyIsOldestFirstWithUncompressedSizes(DockerEngine engine) throws Exception {
    List<HistoryEntry> history = engine.history(scratchTag);
    List<HistoryEntry> layers = history.stream().filter(h -> !h.emptyLayer()).toList();
    assertThat(layers).hasSize(2);
    assertThat(layers.get(0).createdBy()).contains("COPY");
    long content = "hello from stagecraft\n".length();
    if (engine.info().isPodman()) {
      // Podman reports the layer's size on disk, whole blocks, not the bytes of its files.
      assertThat(layers.get(0).sizeBytes()).isBetween(content, 16_384L);
    } else {
      assertThat(layers.get(0).sizeBytes()).isEqualTo(content);
    }
    assertThat(history.get(history.size() - 1).createdBy()).contains("LABEL");
  }

  @Test
  void statDescribesFilesAndDirectoriesAndAnswersEmptyForAbsentPaths(DockerEngine engine)
      throws Exception {
    PathStat hello = engine.stat(scratchTag, "/hello.txt").orElseThrow();
    assertThat(hello.type()).isEqualTo(FileType.FILE);
    assertThat(hello.size()).isEqualTo(22);
    assertThat(hello.name()).isEqualTo("hello.txt");
    assertThat(engine.stat(scratchTag, "/docs").orElseThrow().type()).isEqualTo(FileType.DIRECTORY);
    assertThat(engine.stat(scratchTag, "/bin/sh")).isEmpty();
  }

  @Test
  void readFileGivesTheContentCappedAtMaxBytes(DockerEngine engine) throws Exception {
    assertThat(engine.readFile(scratchTag, "/hello.txt", 1024))
        .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
        .contains("hello from stagecraft\n");
    assertThat(engine.readFile(scratchTag, "/hello.txt", 5))
        .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
        .contains("hello");
    assertThat(engine.readFile(scratchTag, "/missing", 10)).isEmpty();
    assertThat(engine.readFile(scratchTag, "/docs", 10)).isEmpty();
  }

  @Test
  void exportVisitsEveryEntryAndHandsOverOnlyTheContentAskedFor(DockerEngine engine)
      throws Exception {
    List<FileEntry> entries = new ArrayList<>();
    List<String> contents = new ArrayList<>();
    engine.exportFilesystem(
        scratchTag,
        new FilesystemVisitor() {
          @Override
          public int visit(FileEntry entry) {
            entries.add(entry);
            return entry.path().equals("/docs/readme.md") ? 3 : 0;
          }

          @Override
          public void content(FileEntry entry, byte[] bytes) {
            contents.add(entry.path() + "=" + new String(bytes, StandardCharsets.UTF_8));
          }
        });
    assertThat(entries)
        .extracting(FileEntry::path)
        .contains("/hello.txt", "/docs", "/docs/readme.md");
    FileEntry hello =
        entries.stream().filter(e -> e.path().equals("/hello.txt")).findFirst().orElseThrow();
    assertThat(hello.type()).isEqualTo(FileType.FILE);
    assertThat(hello.size()).isEqualTo(22);
    assertThat(hello.uid()).isZero();
    assertThat(contents).containsExactly("/docs/readme.md=nes");
  }

  @Test
  void dockerignoreKeepsFilesOutOfTheContext(DockerEngine engine) throws Exception {
    String tag = EngineFixtures.uniqueTag("ignored");
    engine.build(
        BuildRequest.of(
            EngineFixtures.resource("ignored"), EngineFixtures.resource("ignored/Dockerfile"), tag),
        event -> {});
    try (ImageFilesystem files = engine.openFilesystem(tag)) {
      assertThat(files.stat("/ctx/kept.txt")).isPresent();
      assertThat(files.stat("/ctx/secret.txt")).isEmpty();
      assertThat(files.stat("/ctx/build-cache")).isEmpty();
    }
  }

  @Test
  void aDockerfileOutsideTheContextIsSentAlong(DockerEngine engine) throws Exception {
    String tag = EngineFixtures.uniqueTag("outside");
    BuiltImage built =
        engine.build(
            BuildRequest.of(
                EngineFixtures.resource("ignored"),
                EngineFixtures.resource("scratch/Dockerfile")
                    .resolveSibling("../ignored/Dockerfile"),
                tag),
            event -> {});
    assertThat(engine.imageExists(built.imageId())).isTrue();
    engine.removeImage(tag);
    assertThat(engine.imageExists(tag)).isFalse();
    engine.removeImage(tag);
  }

  @Test
  void aSyntaxErrorIsRefusedWithItsLine(DockerEngine engine) {
    assertThatThrownBy(
            () ->
                engine.build(
                    BuildRequest.of(
                        EngineFixtures.resource("scratch"),
                        EngineFixtures.resource("syntax-error.Dockerfile"),
                        EngineFixtures.uniqueTag("syntax")),
                    event -> {}))
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> {
              assertThat(e.dockerfileLine()).contains(3);
              assertThat(e.exitCode()).isEmpty();
              assertThat(e.getMessage()).containsIgnoringCase("unknown instruction");
              // The line is named once, whether the engine's words already carry it or not.
              assertThat(e.getMessage().toLowerCase(java.util.Locale.ROOT).split("line 3", -1))
                  .hasSize(2);
            });
  }

  @Test
  void aFailingRunReportsItsLineAndExitCode(DockerEngine engine) {
    String base = EngineFixtures.debianImage(engine);
    List<BuildEvent> events = new ArrayList<>();
    assertThatThrownBy(
            () ->
                engine.build(
                    BuildRequest.of(
                            EngineFixtures.resource("scratch"),
                            EngineFixtures.resource("failing-run.Dockerfile"),
                            EngineFixtures.uniqueTag("failing"))
                        .withBuildArgs(Map.of("BASE", base)),
                    events::add))
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> {
              assertThat(e.dockerfileLine()).contains(7);
              assertThat(e.exitCode()).contains(3);
              assertThat(e.step()).isEqualTo("RUN echo about to fail && exit 3");
              assertThat(e.logTail()).contains("about to fail");
              assertThat(e.getMessage())
                  .isEqualTo("line 7 (RUN echo about to fail && exit 3) failed with exit code 3.");
            });
    assertThat(events).contains(new BuildEvent.Output("about to fail"));
  }

  @Test
  void aMissingImageIsAnEngineException(DockerEngine engine) {
    assertThat(engine.imageExists("stagecraft-test/never-built:0")).isFalse();
    assertThatThrownBy(() -> engine.inspectImage("stagecraft-test/never-built:0"))
        .isInstanceOf(EngineException.class)
        .hasMessageContaining("No image stagecraft-test/never-built:0");
    assertThatThrownBy(() -> engine.stat("stagecraft-test/never-built:0", "/"))
        .isInstanceOf(EngineException.class);
    assertThat(Optional.of(engine.sessionId())).get().asString().isNotBlank();
  }
}
