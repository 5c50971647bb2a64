package dev.stagecraft.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BuildKeyTest {

  @TempDir Path dir;

  /** Seeds of the random contexts; a failure names its seed, so it can be replayed. */
  static Stream<Long> seeds() {
    return Stream.iterate(1L, s -> s + 1).limit(25);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anyChangeToWhatTheBuildSeesChangesTheKeyButATouchDoesNot(long seed) throws IOException {
    Random random = new Random(seed);
    Path context = Files.createDirectories(dir.resolve("context"));
    List<Path> files = randomContext(random, context);
    Path dockerfile = context.resolve("Dockerfile");
    Files.writeString(dockerfile, "FROM base:1\nCOPY . /app\nRUN make\n");
    BuildKey.Inputs inputs = inputs(context, dockerfile);
    String key = key(inputs);

    for (Path file : files) {
      Files.setLastModifiedTime(file, FileTime.fromMillis(random.nextLong(1L << 40)));
    }
    assertThat(key(inputs)).as("touch only").isEqualTo(key);

    Path victim = files.get(random.nextInt(files.size()));
    switch (random.nextInt(4)) {
      case 0 -> {
        // The same size, one byte different: a size-and-time key would miss it.
        byte[] bytes = Files.readAllBytes(victim);
        int at = random.nextInt(bytes.length);
        bytes[at] = (byte) (bytes[at] ^ (1 + random.nextInt(255)));
        Files.write(victim, bytes);
      }
      case 1 -> Files.setPosixFilePermissions(victim, PosixFilePermissions.fromString("rwxr-xr-x"));
      case 2 -> Files.move(victim, victim.resolveSibling(victim.getFileName() + "x"));
      default -> Files.writeString(context.resolve("new-" + seed), "new");
    }
    assertThat(key(inputs)).as("after a change").isNotEqualTo(key);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anyByteOfTheDockerfileCounts(long seed) throws IOException {
    Random random = new Random(seed);
    Path context = Files.createDirectories(dir.resolve("context"));
    randomContext(random, context);
    Path dockerfile = dir.resolve("Dockerfile");
    byte[] text =
        "FROM base:1 AS build\nRUN make\nFROM scratch\nCOPY --from=build /a /a\n".getBytes(UTF_8);
    Files.write(dockerfile, text);
    String key = key(inputs(context, dockerfile));
    int at = random.nextInt(text.length);
    text[at] = (byte) (text[at] ^ (1 + random.nextInt(127)));
    Files.write(dockerfile, text);
    assertThat(key(inputs(context, dockerfile))).isNotEqualTo(key);
  }

  @Test
  void engineBuilderTargetArgsAndBaseIdsEachCount() throws IOException {
    Path context = Files.createDirectories(dir.resolve("context"));
    Files.writeString(context.resolve("main.go"), "package main\n");
    Path dockerfile = context.resolve("Dockerfile");
    Files.writeString(dockerfile, "FROM base:1\n");
    BuildKey.Inputs base = inputs(context, dockerfile);
    String key = key(base);
    List<BuildKey.Inputs> variants =
        List.of(
            new BuildKey.Inputs(
                "other engine",
                "classic",
                Optional.empty(),
                Map.of(),
                context,
                dockerfile,
                base.images()),
            new BuildKey.Inputs(
                "engine",
                "buildkit",
                Optional.empty(),
                Map.of(),
                context,
                dockerfile,
                base.images()),
            new BuildKey.Inputs(
                "engine",
                "classic",
                Optional.of("build"),
                Map.of(),
                context,
                dockerfile,
                base.images()),
            new BuildKey.Inputs(
                "engine",
                "classic",
                Optional.empty(),
                Map.of("V", "1"),
                context,
                dockerfile,
                base.images()),
            new BuildKey.Inputs(
                "engine",
                "classic",
                Optional.empty(),
                Map.of(),
                context,
                dockerfile,
                Map.of("base:1", "sha256:" + "b".repeat(64))));
    for (BuildKey.Inputs variant : variants) {
      assertThat(key(variant)).as(variant.toString()).isNotEqualTo(key);
    }
    assertThat(key(inputs(context, dockerfile))).isEqualTo(key);
  }

  @Test
  void filesTheDockerignoreLeavesOutDoNotCountButItsRulesDo() throws IOException {
    Path context = Files.createDirectories(dir.resolve("context"));
    Files.writeString(context.resolve("main.go"), "package main\n");
    Files.createDirectories(context.resolve("node_modules/x"));
    Files.writeString(context.resolve("node_modules/x/index.js"), "1");
    Files.writeString(context.resolve("debug.log"), "1");
    Files.writeString(context.resolve(".dockerignore"), "node_modules\n*.log\n");
    Path dockerfile = context.resolve("Dockerfile");
    Files.writeString(dockerfile, "FROM base:1\nCOPY . /app\n");
    String key = key(inputs(context, dockerfile));

    Files.writeString(context.resolve("node_modules/x/index.js"), "2");
    Files.writeString(context.resolve("debug.log"), "2");
    Files.writeString(context.resolve("node_modules/y.js"), "new");
    assertThat(key(inputs(context, dockerfile))).isEqualTo(key);

    Files.writeString(context.resolve(".dockerignore"), "node_modules\n");
    assertThat(key(inputs(context, dockerfile))).isNotEqualTo(key);
  }

  @Test
  void aSymlinkCountsByItsTarget() throws IOException {
    Path context = Files.createDirectories(dir.resolve("context"));
    Files.writeString(context.resolve("a"), "a");
    Files.writeString(context.resolve("b"), "b");
    Path link = Files.createSymbolicLink(context.resolve("current"), Path.of("a"));
    Path dockerfile = context.resolve("Dockerfile");
    Files.writeString(dockerfile, "FROM base:1\n");
    String key = key(inputs(context, dockerfile));
    Files.delete(link);
    Files.createSymbolicLink(link, Path.of("b"));
    assertThat(key(inputs(context, dockerfile))).isNotEqualTo(key);
  }

  @Test
  void anUnreadableContextHasNoKey() throws IOException {
    Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), "FROM base:1\n");
    assertThat(BuildKey.of(inputs(dir.resolve("missing"), dockerfile))).isEmpty();
    assertThat(BuildKey.of(inputs(dir, dir.resolve("no-such-Dockerfile")))).isEmpty();
  }

  private static BuildKey.Inputs inputs(Path context, Path dockerfile) {
    return new BuildKey.Inputs(
        "engine",
        "classic",
        Optional.empty(),
        Map.of(),
        context,
        dockerfile,
        Map.of("base:1", "sha256:" + "a".repeat(64)));
  }

  private static String key(BuildKey.Inputs inputs) {
    return BuildKey.of(inputs).orElseThrow();
  }

  /** A few files, some in folders, of random names, sizes and modes. */
  private static List<Path> randomContext(Random random, Path context) throws IOException {
    List<Path> files = new ArrayList<>();
    int count = 1 + random.nextInt(8);
    for (int i = 0; i < count; i++) {
      Path folder = random.nextBoolean() ? context : context.resolve("d" + random.nextInt(3));
      Files.createDirectories(folder);
      byte[] bytes = new byte[1 + random.nextInt(2000)];
      random.nextBytes(bytes);
      Path file = Files.write(folder.resolve("f" + i), bytes);
      Files.setPosixFilePermissions(
          file, PosixFilePermissions.fromString(random.nextBoolean() ? "rw-r--r--" : "rw-------"));
      files.add(file);
    }
    return files;
  }
}
