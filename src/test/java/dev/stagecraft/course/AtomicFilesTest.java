package dev.stagecraft.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes replace content, never the mode of the file they replace. */
class AtomicFilesTest {

  @TempDir Path dir;

  @BeforeEach
  void posixOnly() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
  }

  @Test
  void aReplacedFileKeepsItsMode() throws Exception {
    Path file = dir.resolve("Dockerfile");
    Files.writeString(file, "old\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    AtomicFiles.write(file, "new\n");

    assertThat(file).hasContent("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void anExecutableOrPrivateFileKeepsItsModeToo() throws Exception {
    Path script = dir.resolve("run.sh");
    Files.writeString(script, "#!/bin/sh\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
    AtomicFiles.write(script, "#!/bin/sh\necho hi\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script)))
        .isEqualTo("rwxr-x---");

    Path secret = dir.resolve("progress.json");
    Files.writeString(secret, "{}\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    AtomicFiles.write(secret, "{\"version\": 1}\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
        .isEqualTo("rw-------");
  }

  @Test
  void aNewFileGetsTheModeOfAnyNewFileNotThatOfATemporaryOne() throws Exception {
    Path plain = dir.resolve("plain");
    Files.createFile(plain);
    Path written = dir.resolve("sub/progress.json");

    AtomicFiles.write(written, "{}\n");

    assertThat(Files.getPosixFilePermissions(written))
        .isEqualTo(Files.getPosixFilePermissions(plain));
    try (var left = Files.list(written.getParent())) {
      assertThat(left).containsExactly(written);
    }
  }

  @Test
  void resetLeavesTheDockerfileWithItsMode() throws Exception {
    Exercise real = Course.load(Course.defaultHome()).exercise("03-go-scratch").orElseThrow();
    Path folder = dir.resolve("03-go-scratch");
    Files.createDirectories(folder);
    Exercise exercise =
        new Exercise(
            real.id(),
            real.number(),
            real.title(),
            real.summary(),
            real.lessonId(),
            folder,
            folder.resolve("Dockerfile"),
            real.solutionDockerfile(),
            real.hints(),
            real.checks());
    Files.writeString(exercise.dockerfile(), "FROM scratch\n");
    Files.setPosixFilePermissions(
        exercise.dockerfile(), PosixFilePermissions.fromString("rw-r--r--"));

    new StarterReset(
            getClass().getClassLoader(),
            Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC))
        .reset(exercise);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(exercise.dockerfile())))
        .isEqualTo("rw-r--r--");
  }
}
