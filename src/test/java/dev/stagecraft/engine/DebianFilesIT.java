package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reading a real distribution image: symlinks, setuid bits, and a full export. */
@ExtendWith(EngineAvailable.class)
class DebianFilesIT {

  @Test
  void statDoesNotFollowSymlinksButReadFileDoes(DockerEngine engine) throws Exception {
    String debian = EngineFixtures.debianImage(engine);
    try (ImageFilesystem files = engine.openFilesystem(debian)) {
      PathStat osRelease = files.stat("/etc/os-release").orElseThrow();
      assertThat(osRelease.type()).isEqualTo(FileType.SYMLINK);
      // The engine reports the target resolved inside the image, not the link text.
      assertThat(osRelease.linkTarget()).contains("/usr/lib/os-release");
      assertThat(files.readFile("/etc/os-release", 4096))
          .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
          .hasValueSatisfying(text -> assertThat(text).contains("bookworm"));
      PathStat su = files.stat("/usr/bin/su").orElseThrow();
      assertThat(su.permissions() & 04000).isEqualTo(04000);
      assertThat(su.isExecutable()).isTrue();
      assertThat(files.stat("/tmp").orElseThrow().permissions()).isEqualTo(01777);
    }
    assertThat(engine.sessionResourceCount()).isZero();
  }

  @Test
  void exportStreamsTheWholeImageAndCapturesSmallFiles(DockerEngine engine) throws Exception {
    String debian = EngineFixtures.debianImage(engine);
    AtomicInteger entries = new AtomicInteger();
    StringBuilder passwd = new StringBuilder();
    engine.exportFilesystem(
        debian,
        new FilesystemVisitor() {
          @Override
          public int visit(FileEntry entry) {
            entries.incrementAndGet();
            return entry.path().equals("/etc/passwd") ? 64 * 1024 : 0;
          }

          @Override
          public void content(FileEntry entry, byte[] bytes) {
            passwd.append(new String(bytes, StandardCharsets.UTF_8));
          }
        });
    assertThat(entries.get()).isGreaterThan(1000);
    assertThat(passwd.toString()).startsWith("root:x:0:0:");
  }
}
