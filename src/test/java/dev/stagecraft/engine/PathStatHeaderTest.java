package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathStatHeaderTest {

  private static String header(String json) {
    return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void decodesARegularFile() {
    PathStat stat =
        PathStatHeader.decode(
            header(
                "{\"name\":\"passwd\",\"size\":922,\"mode\":420,"
                    + "\"mtime\":\"2024-05-01T10:20:30.123456789Z\",\"linkTarget\":\"\"}"));
    assertThat(stat.name()).isEqualTo("passwd");
    assertThat(stat.size()).isEqualTo(922);
    assertThat(stat.type()).isEqualTo(FileType.FILE);
    assertThat(stat.permissions()).isEqualTo(0644);
    assertThat(stat.modTime()).isEqualTo(Instant.parse("2024-05-01T10:20:30.123456789Z"));
    assertThat(stat.linkTarget()).isEmpty();
    assertThat(stat.isExecutable()).isFalse();
  }

  @Test
  void decodesASymlinkWithItsTargetAndAnOffsetTime() {
    // 134218239 = ModeSymlink (1<<27) | 0777
    PathStat stat =
        PathStatHeader.decode(
            header(
                "{\"name\":\"os-release\",\"size\":21,\"mode\":134218239,"
                    + "\"mtime\":\"2024-05-01T12:20:30+02:00\",\"linkTarget\":\"/usr/lib/os-release\"}"));
    assertThat(stat.type()).isEqualTo(FileType.SYMLINK);
    assertThat(stat.linkTarget()).contains("/usr/lib/os-release");
    assertThat(stat.modTime()).isEqualTo(Instant.parse("2024-05-01T10:20:30Z"));
  }

  @Test
  void acceptsUnpaddedBase64() {
    String padded = header("{\"name\":\"a\",\"size\":1,\"mode\":493}");
    String unpadded = padded.replace("=", "");
    assertThat(PathStatHeader.decode(unpadded).permissions()).isEqualTo(0755);
  }

  @Test
  void refusesGarbageWithTheHeaderName() {
    assertThatThrownBy(() -> PathStatHeader.decode("not base64 !"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(PathStatHeader.NAME);
  }

  @ParameterizedTest(name = "Go mode {0} -> {1} {2}")
  @CsvSource({
    "420, FILE, 420", // 0644
    "2147484141, DIRECTORY, 493", // ModeDir | 0755
    "2148532735, DIRECTORY, 1023", // ModeDir | ModeSticky | 0777 = /tmp (01777)
    "8389101, FILE, 2541", // ModeSetuid | 0755 = 04755
    "4194797, FILE, 1517", // ModeSetgid | 0755 = 02755
    "69206454, CHAR_DEVICE, 438", // ModeDevice | ModeCharDevice | 0666
    "67109296, BLOCK_DEVICE, 432", // ModeDevice | 0660
    "33554852, FIFO, 420", // ModeNamedPipe | 0644
    "16777709, SOCKET, 493", // ModeSocket | 0755
  })
  void decodesGoModeBitsToUnixTypeAndPermissions(long goMode, FileType type, int permissions) {
    assertThat(GoFileMode.type(goMode)).isEqualTo(type);
    assertThat(GoFileMode.unixPermissions(goMode)).isEqualTo(permissions);
  }
}
