package dev.stagecraft.app;

import static org.assertj.core.api.Assumptions.assumeThat;

import dev.stagecraft.course.Course;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineUnavailableException;
import dev.stagecraft.facts.FileScope;
import dev.stagecraft.facts.ImageLab;
import dev.stagecraft.facts.LabOutcome;
import dev.stagecraft.facts.LabRequest;
import dev.stagecraft.grading.Grade;
import dev.stagecraft.grading.Sizes;
import dev.stagecraft.grading.Timings;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Grading speed against a bare classic-builder {@code docker build} of the same Dockerfile, in the
 * same run, on the Go exercise: the starter (a 1 GB image) and the reference solution (1 MB). Run
 * by {@code mvn -Pbench test}; it prints figures and asserts nothing about time.
 */
class GradingBench {

  private static final int ROUNDS = 3;

  record Round(Duration bareBuild, Grade grade, long peakHeapBytes) {}

  @Test
  void gradingComparedWithABareBuild() throws Exception {
    Path home = Path.of(System.getProperty("stagecraft.home", ".")).toAbsolutePath().normalize();
    assumeThat(engineAnswers()).as("a Docker engine is needed for this benchmark").isTrue();
    Path state = Files.createTempDirectory("stagecraft-bench");
    report(home, state, "starter", true);
    report(home, state, "solution", false);
    wholeRead(home);
  }

  /**
   * The starter's facts when a check scans every file (no-source-files, no-secrets): the 1 GB image
   * is then read in one streamed export instead of path by path.
   */
  private static void wholeRead(Path home) throws Exception {
    Exercise exercise = Course.load(home).exercise("03-go-scratch").orElseThrow();
    List<Duration> gathers = new ArrayList<>();
    long peak = 0;
    try (DockerEngine engine = DockerEngine.connect()) {
      ImageLab lab = new ImageLab(engine);
      for (int i = 0; i < ROUNDS; i++) {
        resetPeakHeap();
        LabOutcome outcome =
            lab.buildAndInspect(
                new LabRequest(
                    exercise.directory(),
                    exercise.dockerfile(),
                    "bench-whole",
                    Optional.empty(),
                    Optional.of("golang:1.22"),
                    List.of(),
                    List.of(),
                    FileScope.WHOLE,
                    false),
                e -> {});
        gathers.add(((LabOutcome.Inspected) outcome).gatherTime());
        peak = Math.max(peak, peakHeap());
      }
    }
    gathers.sort(Duration::compareTo);
    System.out.printf(
        Locale.ROOT,
        "GradingBench starter, every file scanned: gather %.2f s (median of %d); peak heap %d MB%n",
        secs(gathers.get(gathers.size() / 2)),
        ROUNDS,
        peak / 1_000_000);
  }

  /**
   * Each round opens its own session, as each {@code stagecraft check} does: no step images cached
   * by an earlier round, like the uncached bare build it is compared with.
   */
  private static void report(Path home, Path state, String label, boolean starter)
      throws Exception {
    List<Round> rounds = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      try (Workbench bench =
          Workbench.open(
              home, new ProgressStore(state.resolve("progress.json")), DockerEngine::connect)) {
        Exercise exercise = bench.course().exercise("03-go-scratch").orElseThrow();
        Path dockerfile = starter ? exercise.dockerfile() : exercise.solutionDockerfile();
        Duration bare = bareBuild(exercise.directory(), dockerfile);
        resetPeakHeap();
        Grade grade = bench.check(exercise, Optional.of(dockerfile), e -> {}).grade();
        rounds.add(new Round(bare, grade, peakHeap()));
      }
    }
    rounds.sort((a, b) -> a.grade().timings().total().compareTo(b.grade().timings().total()));
    Round median = rounds.get(rounds.size() / 2);
    Timings t = median.grade().timings();
    long imageBytes = median.grade().image().map(i -> i.sizeBytes()).orElse(0L);
    Duration afterBuild = t.gather().plus(t.checks());
    System.out.printf(
        Locale.ROOT,
        "GradingBench %s (%s image): bare docker build %.2f s; grading %.2f s = %.2f × bare"
            + " (analyse %.2f, build %.2f, gather %.2f, checks %.3f, extra builds %.2f);"
            + " after the build %.0f ms; peak heap %d MB%n",
        label,
        Sizes.megabytes(imageBytes),
        secs(median.bareBuild()),
        secs(t.total()),
        secs(t.total()) / secs(median.bareBuild()),
        secs(t.analyse()),
        secs(t.build()),
        secs(t.gather()),
        secs(t.checks()),
        secs(t.total().minus(t.analyse()).minus(t.build()).minus(t.gather()).minus(t.checks())),
        afterBuild.toNanos() / 1e6,
        median.peakHeapBytes() / 1_000_000);
  }

  /**
   * The same Dockerfile through the docker CLI and the classic builder, without stagecraft. No
   * cache: a grading session starts with none of its own (its step images are removed when it
   * ends), while the CLI's steps from the previous round would make the bare build look free.
   */
  private static Duration bareBuild(Path context, Path dockerfile) throws Exception {
    String tag = "stagecraft-bench/bare:" + ProcessHandle.current().pid();
    // The CLI keeps the step images of stages the final image does not sit on (the solution's
    // build stage): remove every image the build added, not only the tagged one.
    Set<String> before = allImageIds();
    long start = System.nanoTime();
    run(
        List.of(
            "docker",
            "build",
            "--no-cache",
            "-q",
            "-f",
            dockerfile.toString(),
            "-t",
            tag,
            context.toString()));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    run(List.of("docker", "rmi", "-f", tag));
    List<String> added = new ArrayList<>(allImageIds());
    added.removeAll(before);
    // Newest first, so children go before their parents; a parent removed with its child is
    // reported missing, which is fine.
    for (String id : added) {
      new ProcessBuilder("docker", "rmi", "-f", id)
          .redirectErrorStream(true)
          .redirectOutput(new File("/dev/null"))
          .start()
          .waitFor();
    }
    return took;
  }

  private static Set<String> allImageIds() throws Exception {
    Process process = new ProcessBuilder("docker", "images", "-a", "-q", "--no-trunc").start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return new LinkedHashSet<>(output.lines().filter(line -> !line.isBlank()).toList());
  }

  private static void run(List<String> command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("DOCKER_BUILDKIT", "0");
    builder.redirectOutput(new File("/dev/null"));
    Process process = builder.start();
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("failed: " + String.join(" ", command));
    }
  }

  private static boolean engineAnswers() {
    try (DockerEngine engine = DockerEngine.connect()) {
      return !engine.info().serverVersion().isEmpty();
    } catch (EngineUnavailableException e) {
      return false;
    }
  }

  private static void resetPeakHeap() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks: an upper bound on the heap the grading needed. */
  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }

  private static double secs(Duration d) {
    return d.toNanos() / 1e9;
  }
}
