package dev.stagecraft.cli;

import static org.assertj.core.api.Assumptions.assumeThat;

import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineUnavailableException;
import dev.stagecraft.engine.SecondDockerd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Class grading on one engine against two: the twenty submissions of {@link ClassFixture} (exercise
 * 02) graded on the main engine alone, then on the main engine and a second dockerd of the bench's
 * own; once without the submission whose RUN sleeps past the 60 s limit, once with it (one job that
 * takes the whole limit on whichever engine draws it). Both engines are warmed first (one
 * unmeasured run on each), so neither figure pays for a cold build cache. Run by {@code mvn -Pbench
 * test -Dtest=GradeBench} under the engine lock; it prints the figures and asserts nothing about
 * time. The goal: two engines take at most 0.6x of one.
 */
class GradeBench {

  private static final String MAIN = "unix:///var/run/docker.sock";

  @Test
  void oneEngineAgainstTwo() throws Exception {
    assumeThat(engineAnswers()).as("a Docker engine is needed for this benchmark").isTrue();
    Path home = Path.of(System.getProperty("stagecraft.home", ".")).toAbsolutePath().normalize();
    Path work = Files.createTempDirectory("stagecraft-grade-bench");
    ClassFixture fixture = ClassFixture.create(home, work.resolve("class"));
    List<String> everyone = fixture.arguments;
    List<String> withoutSleeper = everyone.stream().filter(a -> !a.endsWith("/sleepy")).toList();
    try {
      try (SecondDockerd second = SecondDockerd.start("gradebench")) {
        long start = System.nanoTime();
        second.loadImages("python:3.11-slim");
        double loading = seconds(start);
        // Warm both build caches: every engine has built each kind of answer once.
        grade(withoutSleeper, work, List.of("--engine", second.host()));
        grade(withoutSleeper, work, List.of("--engine", MAIN));
        System.out.printf(
            Locale.ROOT,
            "grade on %d cores; python:3.11-slim loaded into the second engine in %.1f s%n",
            Runtime.getRuntime().availableProcessors(),
            loading);
        measure("19 submissions, none timing out", withoutSleeper, work, second);
        // Two cores either way: is the gain the second engine's, or only doing two things at once?
        long start2 = System.nanoTime();
        grade(withoutSleeper, work, List.of("--engine", MAIN, "--jobs", "2"));
        System.out.printf(
            Locale.ROOT,
            "grade, 19 submissions, none timing out: one engine with --jobs 2 %.1f s%n",
            seconds(start2));
        measure("all 20, one sleeping past --timeout 60s", everyone, work, second);
      }
    } finally {
      deleteTree(work);
    }
  }

  private static void deleteTree(Path root) throws java.io.IOException {
    try (var paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static void measure(
      String what, List<String> submissions, Path work, SecondDockerd second) {
    long start = System.nanoTime();
    grade(submissions, work, List.of("--engine", MAIN));
    double one = seconds(start);
    start = System.nanoTime();
    grade(submissions, work, List.of("--engine", MAIN, "--engine", second.host()));
    double two = seconds(start);
    System.out.printf(
        Locale.ROOT,
        "grade, %s: one engine %.1f s, two engines %.1f s (%.2fx of one; goal 0.60x)%n",
        what,
        one,
        two,
        two / one);
  }

  private static void grade(List<String> submissions, Path work, List<String> engines) {
    List<String> args = new ArrayList<>(List.of("grade"));
    args.addAll(submissions);
    args.addAll(
        List.of(
            "--exercise",
            ClassFixture.EXERCISE,
            "--timeout",
            "60s",
            "--regrade",
            "--results-cache",
            work.resolve("cache").toString()));
    args.addAll(engines);
    CommandRun run = CommandRun.stagecraft(args.toArray(String[]::new));
    if (run.exitCode() != 0) {
      throw new AssertionError("grade failed (" + run.exitCode() + "): " + run.err());
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static boolean engineAnswers() {
    try (DockerEngine engine = DockerEngine.connect()) {
      return engine.info() != null;
    } catch (EngineUnavailableException e) {
      return false;
    }
  }
}
