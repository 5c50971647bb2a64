package dev.stagecraft.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.engine.FileEntry;
import dev.stagecraft.engine.FileType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FilesystemCollectorTest {

  private static FileEntry file(String path, long size) {
    return new FileEntry(path, FileType.FILE, 0644, 0, 0, size, Optional.empty());
  }

  @Test
  void requestedFilesAreCapturedUpToTheirCapAndMarkedTruncated() {
    FilesystemCollector collector =
        new FilesystemCollector(List.of("/etc/passwd"), List.of("/app/config.yaml/"), 10);
    FileEntry passwd = file("/etc/passwd", 400);
    FileEntry config = file("/app/config.yaml", 25);
    FileEntry other = file("/app/server", 5_000_000);

    assertThat(collector.visit(passwd)).isEqualTo(400);
    assertThat(collector.visit(config)).isEqualTo(10);
    assertThat(collector.visit(other)).isZero();
    collector.content(config, "port: 8080".getBytes(StandardCharsets.UTF_8));

    CapturedFile captured = collector.captured().get("/app/config.yaml");
    assertThat(captured.text()).isEqualTo("port: 8080");
    assertThat(captured.truncated()).isTrue();
    assertThat(collector.hasCaptured("/app/config.yaml")).isTrue();
    assertThat(collector.index().size()).isEqualTo(3);
  }

  @Test
  void wellKnownFilesKeepTheirLargerCapWhenAlsoRequested() {
    FilesystemCollector collector =
        new FilesystemCollector(
            List.of("/var/lib/dpkg/status"), List.of("/var/lib/dpkg/status"), 10);
    assertThat(collector.visit(file("/var/lib/dpkg/status", 2_000_000))).isEqualTo(2_000_000);
  }

  @Test
  void linksHaveNoContentToCapture() {
    FilesystemCollector collector =
        new FilesystemCollector(List.of(), List.of("/etc/os-release"), 10);
    FileEntry link =
        new FileEntry(
            "/etc/os-release",
            FileType.SYMLINK,
            0777,
            0,
            0,
            0,
            Optional.of("../usr/lib/os-release"));
    assertThat(collector.visit(link)).isZero();
    assertThat(collector.hasCaptured("/etc/os-release")).isFalse();
  }
}
