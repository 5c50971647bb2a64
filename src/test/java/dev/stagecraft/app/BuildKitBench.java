package dev.stagecraft.app;

import static org.assertj.core.api.Assumptions.assumeThat;

import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineUnavailableException;
import dev.stagecraft.grading.Grade;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Grading under stagecraft's own BuildKit session beside {@code DOCKER_BUILDKIT=1 docker build} of
 * the same Dockerfile and context, in one run: cold (nothing from the build cache) and cached (the
 * same file again). Both build without network, as {@code validate --offline} does, so cold means
 * the same on both sides. Run: {@code mvn -Pbench test -Dtest=BuildKitBench}; it prints figures and
 * asserts nothing about time.
 */
class BuildKitBench {

  private static final String DOCKER = "/usr/bin/docker";

  @Test
  void buildKitGradingBesideTheDockerCli() throws Exception {
    Path home = Path.of(System.getProperty("stagecraft.home", ".")).toAbsolutePath().normalize();
    assumeThat(Files.isExecutable(Path.of(DOCKER))).as("the docker CLI is needed").isTrue();
    assumeThat(buildKitEngine()).as("an engine that offers BuildKit is needed").isTrue();
    for (String id : List.of("03-go-scratch", "05-node-api")) {
      compare(home, id);
    }
  }

  private static void compare(Path home, String id) throws Exception {
    Path state = Files.createTempDirectory("stagecraft-bench");
    try (Workbench bench =
        Workbench.open(
            home, new ProgressStore(state.resolve("progress.json")), BuildKitBench::offline)) {
      Exercise exercise = bench.course().exercise(id).orElseThrow();
      Path dockerfile = exercise.solutionDockerfile();
      // The offline engine's first build of a file takes nothing from the cache; the second may.
      Grade cold = bench.grade(exercise, Optional.of(dockerfile), e -> {}).grade();
      Grade cached = bench.grade(exercise, Optional.of(dockerfile), e -> {}).grade();
      Duration cliCold = cliBuild(exercise.directory(), dockerfile, true);
      Duration cliCached = cliBuild(exercise.directory(), dockerfile, false);
      System.out.printf(
          Locale.ROOT,
          "BuildKitBench %s solution (%s)%n"
              + "  %-8s %-34s %-18s%n"
              + "  %-8s grade %6.2f s (its build %6.2f s)   %6.2f s%n"
              + "  %-8s grade %6.2f s (its build %6.2f s)   %6.2f s%n",
          id,
          cold.passed() && cached.passed() ? "passes" : "DOES NOT PASS",
          "",
          "stagecraft check, BuildKit",
          "docker build (BuildKit)",
          "cold",
          secs(cold.timings().total()),
          secs(cold.timings().build()),
          secs(cliCold),
          "cached",
          secs(cached.timings().total()),
          secs(cached.timings().build()),
          secs(cliCached));
    }
  }

  private static DockerEngine offline() throws EngineUnavailableException {
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.put("STAGECRAFT_BUILDER", "buildkit");
    DockerEngine engine = DockerEngine.connect(environment);
    engine.buildOffline();
    return engine;
  }

  private static boolean buildKitEngine() {
    try (DockerEngine engine = offline()) {
      return engine.info().isBuildKit();
    } catch (EngineUnavailableException | IllegalArgumentException e) {
      return false;
    }
  }

  /** The docker CLI's BuildKit build of the same file, without stagecraft. */
  private static Duration cliBuild(Path context, Path dockerfile, boolean cold) throws Exception {
    String tag = "stagecraft-bench/buildkit-cli:" + ProcessHandle.current().pid();
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                DOCKER,
                "build",
                "-q",
                "--network",
                "none",
                "--label",
                "dev.stagecraft.owner=stagecraft",
                "-t",
                tag,
                "-f",
                dockerfile.toString()));
    if (cold) {
      command.add("--no-cache");
    }
    command.add(context.toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("DOCKER_BUILDKIT", "1");
    long start = System.nanoTime();
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    new ProcessBuilder(DOCKER, "rmi", "-f", tag).redirectErrorStream(true).start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException("docker build failed: " + output);
    }
    return took;
  }

  private static double secs(Duration duration) {
    return duration.toNanos() / 1e9;
  }
}
