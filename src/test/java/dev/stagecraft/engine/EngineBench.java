package dev.stagecraft.engine;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the engine port costs, per call, on this machine's engine. Run: mvn -Pbench test. */
@ExtendWith(EngineAvailable.class)
class EngineBench {

  @FunctionalInterface
  private interface Work {
    void run() throws Exception;
  }

  private static void measure(String what, int times, Work work) throws Exception {
    work.run();
    long start = System.nanoTime();
    for (int i = 0; i < times; i++) {
      work.run();
    }
    Duration each = Duration.ofNanos((System.nanoTime() - start) / times);
    System.out.printf("%-52s %8.1f ms%n", what, each.toNanos() / 1e6);
  }

  @Test
  void perCallCosts(DockerEngine engine) throws Exception {
    String debian = EngineFixtures.debianImage(engine);
    measure(
        "connect + ping + version + negotiate + close", 5, () -> DockerEngine.connect().close());
    measure(
        "build a FROM scratch image (cached)",
        5,
        () ->
            engine.build(
                BuildRequest.of(
                    EngineFixtures.resource("scratch"),
                    EngineFixtures.resource("scratch/Dockerfile"),
                    "stagecraft-bench/scratch:1"),
                event -> {}));
    measure("inspectImage", 10, () -> engine.inspectImage(debian));
    measure("history", 10, () -> engine.history(debian));
    measure("stat, one container per call", 10, () -> engine.stat(debian, "/etc/passwd"));
    try (ImageFilesystem files = engine.openFilesystem(debian)) {
      measure("stat, through one open filesystem", 20, () -> files.stat("/etc/passwd"));
      measure(
          "readFile /etc/passwd, open filesystem", 20, () -> files.readFile("/etc/passwd", 65536));
      // One record of /usr's archive: closing the response must abort the rest, not read it.
      measure("entry /usr (owner of a large directory)", 10, () -> files.entry("/usr"));
    }
    String golang = "stagecraft/standin-golang:1.22";
    if (engine.imageExists(golang)) {
      try (ImageFilesystem files = engine.openFilesystem(golang)) {
        measure(
            "list /usr/bin of the golang stand-in (78 MB)",
            5,
            () -> files.list("/usr/bin", e -> 0));
      }
    }
    measure(
        "run `true` (create, start, wait, logs, remove)",
        5,
        () -> engine.run(RunRequest.of(debian).withCommand(List.of("true"))));
  }

  @Test
  void exportThroughput(DockerEngine engine) throws Exception {
    for (String image :
        List.of(EngineFixtures.debianImage(engine), "stagecraft/standin-golang:1.22")) {
      if (!engine.imageExists(image)) {
        continue;
      }
      AtomicLong entries = new AtomicLong();
      AtomicLong bytes = new AtomicLong();
      long start = System.nanoTime();
      engine.exportFilesystem(
          image,
          entry -> {
            entries.incrementAndGet();
            bytes.addAndGet(entry.size());
            return 0;
          });
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "export %-40s %7d entries %7.1f MB %6.2f s (%.0f MB/s)%n",
          image, entries.get(), bytes.get() / 1e6, seconds, bytes.get() / 1e6 / seconds);
    }
  }

  /** One streamed docker save, headers only, for a small and a gigabyte image. */
  @Test
  void saveLayersThroughput(DockerEngine engine) throws Exception {
    for (String image :
        List.of(
            "stagecraft/standin-alpine:3.20",
            EngineFixtures.debianImage(engine),
            "stagecraft/standin-golang:1.22")) {
      if (!engine.imageExists(image)) {
        continue;
      }
      long start = System.nanoTime();
      List<LayerListing> layers = engine.saveLayers(image);
      double seconds = (System.nanoTime() - start) / 1e9;
      long entries = layers.stream().mapToLong(l -> l.entries().size()).sum();
      long bytes = layers.stream().mapToLong(LayerListing::sizeBytes).sum();
      System.out.printf(
          "save %-42s %2d layers %7d entries %7.1f MB %6.2f s (%.0f MB/s)%n",
          image, layers.size(), entries, bytes / 1e6, seconds, bytes / 1e6 / seconds);
    }
  }
}
