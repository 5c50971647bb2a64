package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.app.Workbench;
import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineAvailable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check from a shell keeps its image for the next one: the process has ended by then, and the
 * sweep of ended sessions, which removes everything else such a session left, must spare it. The
 * next check from a shell grades it without building.
 */
@ExtendWith(EngineAvailable.class)
class KeptImageSweepIT {

  @TempDir Path dir;

  @Test
  void theSweepOfEndedSessionsSparesTheKeptImageAndTheNextCheckReusesIt() throws Exception {
    Path home = writeCourse(dir.resolve("course"));
    Path cache = dir.resolve("cache");
    String first = check(home, cache);
    assertThat(first).contains("The Dockerfile builds").doesNotContain("reused");

    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.put("STAGECRAFT_CACHE_DIR", cache.toString());
    Set<String> kept;
    try (DockerEngine engine = DockerEngine.connect(environment)) {
      engine.keepBuildCache(cache, 1_000_000_000L);
      kept = engine.keptImages().orElseThrow().imageIds();
      assertThat(kept).hasSize(1);
      engine.cleanUpLeftovers(Workbench.LEFTOVERS_AGE);
      assertThat(kept).allMatch(engine::imageExists);
    }

    String second = check(home, cache);
    assertThat(second).contains("the image of your last check, unchanged since, is reused");
    assertThat(second).contains("build reused");

    try (DockerEngine engine = DockerEngine.connect(environment)) {
      engine.keepBuildCache(cache, 1_000_000_000L);
      engine.clearBuildCache();
      assertThat(kept).noneMatch(engine::imageExists);
    }
  }

  private static String check(Path home, Path cache) throws Exception {
    Path jar = Path.of("target/stagecraft.jar").toAbsolutePath();
    assertThat(jar).exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dstagecraft.home=" + home);
    command.addAll(List.of("-jar", jar.toString(), "check", "1"));
    Path log = Files.createTempFile(cache.getParent(), "check", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("STAGECRAFT_CACHE_DIR", cache.toString());
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the check ends").isTrue();
    String output = Files.readString(log);
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  private static Path writeCourse(Path home) throws Exception {
    write(
        home.resolve("lessons/01-kept.md"),
        "---\nid: 01-kept\ntitle: Kept\nexercises: [01-kept]\n---\n# Kept\n\nText.\n");
    write(
        home.resolve("exercises/01-kept/exercise.yaml"),
        "title: Kept\nlesson: 01-kept\nchecks:\n  - type: non-root-user\n");
    String dockerfile = "FROM alpine:3.20\nCOPY exercise.yaml /kept.yaml\nUSER 1000\n";
    write(home.resolve("exercises/01-kept/Dockerfile"), dockerfile);
    write(home.resolve("solutions/01-kept/Dockerfile"), dockerfile);
    return home;
  }

  private static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
