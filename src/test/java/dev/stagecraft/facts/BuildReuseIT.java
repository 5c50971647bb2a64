package dev.stagecraft.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineAvailable;
import dev.stagecraft.engine.KeptImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A check of an unchanged build grades the image of the last check, also from the next session, and
 * builds again whenever something the image depends on changed: a context file, the base image a
 * name resolves to, or the kept image itself gone behind stagecraft's back.
 */
@ExtendWith(EngineAvailable.class)
class BuildReuseIT {

  @TempDir Path context;
  @TempDir Path cacheDir;

  private final String base =
      "stagecraft-test/reuse-base-" + UUID.randomUUID().toString().substring(0, 8) + ":1";
  private final String slot = "reuse-it-" + UUID.randomUUID().toString().substring(0, 8);
  private final List<String> made = new ArrayList<>();

  @AfterEach
  void removeWhatTheTestMade() throws Exception {
    try (DockerEngine engine = connect("classic")) {
      engine.clearBuildCache();
      made.forEach(engine::removeImage);
      engine.removeImage(base);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"classic", "buildkit"})
  void anUnchangedBuildIsGradedAgainWithoutBuilding(String builder) throws Exception {
    Files.writeString(context.resolve("app.txt"), "version 1\n");
    Path dockerfile = context.resolve("Dockerfile");
    Files.writeString(dockerfile, "FROM " + base + "\nCOPY app.txt /app.txt\n");

    ImageFacts first;
    String firstSession;
    try (DockerEngine engine = connect(builder)) {
      makeBase(engine, "base one");
      first = check(engine, false);
      // The kept image weighs in the build cache by what its steps added, not with its base.
      assertThat(engine.buildCache().orElseThrow().bytes()).isLessThan(first.sizeBytes());
      ImageFacts again = check(engine, true);
      assertThat(again.imageId()).isEqualTo(first.imageId());
      assertThat(again.sizeBytes()).isEqualTo(first.sizeBytes());
      assertThat(again.layers()).isEqualTo(first.layers());
      assertThat(paths(again)).isEqualTo(paths(first));
      firstSession = engine.sessionId();
    }

    try (DockerEngine engine = connect(builder)) {
      // The session that built it ended; removing what it left spares the kept image.
      engine.removeSession(firstSession);
      assertThat(engine.imageExists(first.imageId())).isTrue();
      assertThat(check(engine, true).imageId()).isEqualTo(first.imageId());

      // Times alone do not count, as they do not for Docker's cache.
      Files.setLastModifiedTime(context.resolve("app.txt"), FileTime.fromMillis(1_000_000));
      check(engine, true);

      // The same size, other content: built again, and the image kept before goes.
      Files.writeString(context.resolve("app.txt"), "version 2\n");
      ImageFacts edited = check(engine, false);
      assertThat(edited.imageId()).isNotEqualTo(first.imageId());
      assertThat(engine.imageExists(first.imageId())).isFalse();
      check(engine, true);

      // Another image under the base's name: built again.
      makeBase(engine, "base two");
      ImageFacts rebased = check(engine, false);
      check(engine, true);

      // The kept image removed behind stagecraft's back: built again.
      engine.removeImage(rebased.imageId());
      ImageFacts rebuilt = check(engine, false);

      // A failed build is never kept: the next check builds (and fails) again.
      Files.delete(context.resolve("app.txt"));
      assertThat(buildAndInspect(engine, new ArrayList<>()))
          .isInstanceOf(LabOutcome.BuildFailed.class);
      Files.writeString(context.resolve("app.txt"), "version 2\n");
      assertThat(check(engine, true).imageId()).isEqualTo(rebuilt.imageId());

      // `stagecraft clean` removes the kept image with the build cache.
      engine.clearBuildCache();
      assertThat(engine.imageExists(rebuilt.imageId())).isFalse();
      assertThat(engine.keptImages().orElseThrow().imageIds()).isEmpty();
      check(engine, false);
    }
  }

  private static List<String> paths(ImageFacts facts) {
    return facts.files().all().stream().map(FileFact::path).sorted().toList();
  }

  private DockerEngine connect(String builder) throws Exception {
    DockerEngine engine = DockerEngine.connect();
    engine.useBuilder(builder);
    engine.keepBuildCache(cacheDir, 1_000_000_000L);
    return engine;
  }

  /**
   * A test-only base image under {@link #base}, replacing whatever had the name. Built by the
   * docker CLI, as a learner's {@code docker build} or {@code docker load} would: an image
   * stagecraft made would go with its session or its build cache.
   */
  private void makeBase(DockerEngine engine, String text) throws Exception {
    Path baseContext = Files.createTempDirectory(cacheDir, "base");
    Files.writeString(baseContext.resolve("base.txt"), text + " " + UUID.randomUUID() + "\n");
    Files.writeString(baseContext.resolve("Dockerfile"), "FROM scratch\nCOPY base.txt /base.txt\n");
    Process docker =
        new ProcessBuilder("/usr/bin/docker", "build", "-q", "-t", base, baseContext.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(docker.getInputStream().readAllBytes());
    assertThat(docker.waitFor()).as(output).isZero();
    made.add(engine.inspectImage(base).id());
  }

  /** One check's lab work; asserts whether it built or graded the kept image. */
  private ImageFacts check(DockerEngine engine, boolean expectReused) {
    List<LabEvent> events = new ArrayList<>();
    LabOutcome outcome = buildAndInspect(engine, events);
    assertThat(outcome).isInstanceOf(LabOutcome.Inspected.class);
    LabOutcome.Inspected inspected = (LabOutcome.Inspected) outcome;
    assertThat(inspected.reused()).isEqualTo(expectReused);
    if (expectReused) {
      assertThat(events).anyMatch(e -> e instanceof LabEvent.Reused);
      assertThat(events).noneMatch(e -> e instanceof LabEvent.BuildStep);
    } else {
      assertThat(events).anyMatch(e -> e instanceof LabEvent.BuildStep);
      assertThat(events).noneMatch(e -> e instanceof LabEvent.Reused);
    }
    KeptImages kept = engine.keptImages().orElseThrow();
    assertThat(kept.imageIds()).contains(inspected.facts().imageId());
    made.add(inspected.facts().imageId());
    return inspected.facts();
  }

  private LabOutcome buildAndInspect(DockerEngine engine, List<LabEvent> events) {
    // A fresh lab each time, as each check from a shell has: nothing remembered in memory.
    return new ImageLab(engine)
        .buildAndInspect(
            new LabRequest(
                context,
                context.resolve("Dockerfile"),
                slot,
                Optional.empty(),
                Optional.of(base),
                List.of(),
                List.of("/app.txt"),
                FileScope.NONE,
                false),
            events::add);
  }
}
