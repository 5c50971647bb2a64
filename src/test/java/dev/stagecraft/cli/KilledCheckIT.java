package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.app.Workbench;
import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.Leftovers;
import dev.stagecraft.engine.SecondDockerd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code stagecraft check} killed with -9 mid-build cannot clean up: the classic builder has
 * committed step images that carry no label of ours. The next session finds them through the build
 * journal the killed one wrote, and removes every one, leaving the engine as it was.
 */
class KilledCheckIT {

  @TempDir Path dir;

  @Test
  void theNextSessionRemovesEveryImageAKilledCheckMade() throws Exception {
    Path home = writeCourse(dir.resolve("course"));
    Path cache = dir.resolve("cache");
    try (SecondDockerd engine = SecondDockerd.start("killed")) {
      engine.loadImages("alpine:3.20");
      List<String> before = images(engine);

      Process check = startCheck(home, cache, engine.host());
      awaitSleepingStep(engine, check);
      check.destroyForcibly(); // SIGKILL: no shutdown hook runs
      check.waitFor();
      awaitNoContainers(engine);
      assertThat(images(engine))
          .as("the killed build left step images behind")
          .hasSizeGreaterThan(before.size());

      Map<String, String> environment =
          Map.of(
              "DOCKER_HOST", engine.host(),
              "STAGECRAFT_CACHE_DIR", cache.toString(),
              "STAGECRAFT_BUILDER", "classic");
      Leftovers leftovers;
      try (DockerEngine next = DockerEngine.connect(environment)) {
        leftovers = next.cleanUpLeftovers(Workbench.LEFTOVERS_AGE);
      }
      assertThat(leftovers.stuck()).isEmpty();
      assertThat(leftovers.removed()).isPositive();
      assertThat(images(engine)).as("images after the next session").isEqualTo(before);
      assertThat(engine.docker("ps", "-a", "-q")).isBlank();
      try (var journals = Files.list(cache.resolve("builds"))) {
        assertThat(journals.toList()).as("journals left").isEmpty();
      }
    }
  }

  private static Process startCheck(Path home, Path cache, String host) throws Exception {
    Path jar = Path.of("target/stagecraft.jar").toAbsolutePath();
    assertThat(jar).exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dstagecraft.home=" + home);
    command.addAll(List.of("-jar", jar.toString(), "check", "1"));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("check.log").toFile());
    builder.environment().put("DOCKER_HOST", host);
    builder.environment().put("STAGECRAFT_CACHE_DIR", cache.toString());
    // The classic builder commits step images unlabelled: the leftovers this test is about.
    builder.environment().put("STAGECRAFT_BUILDER", "classic");
    return builder.start();
  }

  /** Waits until the build runs its sleeping step: two step images are committed by then. */
  private static void awaitSleepingStep(SecondDockerd engine, Process check) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (!engine.docker("ps", "--no-trunc", "--format", "{{.Command}}").contains("sleep")) {
      assertThat(check.isAlive()).as("the check still runs").isTrue();
      assertThat(System.nanoTime()).as("the sleeping step starts").isLessThan(deadline);
      Thread.sleep(200);
    }
    Thread.sleep(500);
  }

  private static void awaitNoContainers(SecondDockerd engine) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!engine.docker("ps", "-a", "-q").isBlank() && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
  }

  private static List<String> images(SecondDockerd engine) {
    return engine.docker("images", "-a", "-q", "--no-trunc").lines().sorted().toList();
  }

  private static Path writeCourse(Path home) throws Exception {
    write(
        home.resolve("lessons/01-killed.md"),
        "---\nid: 01-killed\ntitle: Killed\nexercises: [01-killed]\n---\n# Killed\n\nText.\n");
    write(
        home.resolve("exercises/01-killed/exercise.yaml"),
        "title: Killed\nlesson: 01-killed\nchecks:\n  - type: non-root-user\n");
    String dockerfile =
        "FROM alpine:3.20 AS build\n"
            + "RUN echo one > /one.txt\n"
            + "RUN echo two > /two.txt\n"
            + "RUN sleep 60\n"
            + "FROM alpine:3.20\n"
            + "COPY --from=build /one.txt /one.txt\n"
            + "USER 1000\n";
    write(home.resolve("exercises/01-killed/Dockerfile"), dockerfile);
    write(home.resolve("solutions/01-killed/Dockerfile"), dockerfile);
    return home;
  }

  private static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
