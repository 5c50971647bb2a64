package dev.stagecraft.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.dockerfile.Dockerfile;
import dev.stagecraft.dockerfile.DockerfileParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Speed of the parser and linter, run by {@code mvn -Pbench test}. Figures are this thread's CPU
 * time (one core; fair on a busy machine) and wall time, the median of several warm rounds.
 */
class LintBench {
  private static final int FILES = 1_000;
  private static final int ROUNDS = 9;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Test
  void linting1000FilesOfAbout40LinesTakesUnderOneSecond() throws IOException {
    List<String> files = generateFiles();
    double averageLines = files.stream().mapToLong(f -> f.lines().count()).average().orElse(0);
    Linter linter = Linter.withAllRules();
    Runnable lintAll =
        () -> {
          for (int i = 0; i < files.size(); i++) {
            Dockerfile dockerfile = DockerfileParser.parse(files.get(i), "Dockerfile" + i);
            linter.lint(LintContext.of(dockerfile));
          }
        };
    Figures figures = measure(lintAll);
    System.out.printf(
        "LintBench: lint %d Dockerfiles (%.1f lines on average): median %d ms CPU, %d ms wall%n",
        files.size(), averageLines, figures.cpuMillis(), figures.wallMillis());
    assertThat(figures.cpuMillis()).isLessThan(1_000);
  }

  @Test
  void parsingOneMegabyteTakesUnder200Milliseconds() throws IOException {
    String realistic = oneMegabyteOfRealisticStages();
    Figures stages = measure(() -> DockerfileParser.parse(realistic, "big"));
    System.out.printf(
        "LintBench: parse %d KB of realistic stages (%d lines): median %d ms CPU, %d ms wall%n",
        realistic.length() / 1024,
        realistic.lines().count(),
        stages.cpuMillis(),
        stages.wallMillis());
    String oneLine = "FROM alpine:3.20\nRUN " + "echo x && ".repeat((1 << 20) / 10) + "true\n";
    Figures line = measure(() -> DockerfileParser.parse(oneLine, "line"));
    System.out.printf(
        "LintBench: parse a %d KB single RUN line: median %d ms CPU, %d ms wall%n",
        oneLine.length() / 1024, line.cpuMillis(), line.wallMillis());
    assertThat(stages.cpuMillis()).isLessThan(200);
    assertThat(line.cpuMillis()).isLessThan(200);
  }

  private record Figures(long cpuMillis, long wallMillis) {}

  private static Figures measure(Runnable work) {
    for (int i = 0; i < 3; i++) {
      work.run();
    }
    long[] cpu = new long[ROUNDS];
    long[] wall = new long[ROUNDS];
    LongSupplier cpuNow = THREADS::getCurrentThreadCpuTime;
    for (int i = 0; i < ROUNDS; i++) {
      long cpuStart = cpuNow.getAsLong();
      long wallStart = System.nanoTime();
      work.run();
      wall[i] = System.nanoTime() - wallStart;
      cpu[i] = cpuNow.getAsLong() - cpuStart;
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    return new Figures(cpu[ROUNDS / 2] / 1_000_000, wall[ROUNDS / 2] / 1_000_000);
  }

  private static List<String> corpus() throws IOException {
    List<String> corpus = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/dockerfiles"))) {
      for (Path file : files.sorted().toList()) {
        if (file.getFileName().toString().startsWith("realistic-")) {
          corpus.add(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    return corpus;
  }

  /** 1,000 files of about 40 lines: realistic files joined and varied with a fixed seed. */
  private static List<String> generateFiles() throws IOException {
    List<String> corpus = corpus();
    Random random = new Random(42);
    List<String> files = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      StringBuilder file = new StringBuilder();
      while (file.chars().filter(c -> c == '\n').count() < 36) {
        String part = corpus.get(random.nextInt(corpus.size()));
        file.append(part.replace("AS build", "AS build" + random.nextInt(5))).append('\n');
      }
      files.add(file.toString());
    }
    return files;
  }

  private static String oneMegabyteOfRealisticStages() throws IOException {
    List<String> corpus = corpus();
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (text.length() < (1 << 20)) {
      text.append(corpus.get(i++ % corpus.size()).replace("# syntax=", "# note: syntax="))
          .append('\n');
    }
    return text.toString();
  }
}
