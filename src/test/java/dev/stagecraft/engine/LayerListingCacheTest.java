package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerListingCacheTest {

  private static final String DIFF_ID = "sha256:" + "0123456789abcdef".repeat(4);
  private static final long LARGE = LayerListingCache.SMALLEST_CACHED_BYTES;

  @TempDir Path directory;

  private final List<LayerEntry> entries =
      List.of(
          new LayerEntry("/etc", FileType.DIRECTORY, 0),
          new LayerEntry("/odd\tname\nwith %09 in it", FileType.FILE, 12),
          new LayerEntry("/app/.env", FileType.FILE, 40, Set.of("s3cr3t")),
          new LayerEntry("/bin/sh", FileType.SYMLINK, 0));

  @Test
  void aListKeptIsReadBackAsItWasWhateverItsPathsHold() {
    LayerListingCache cache = new LayerListingCache(directory, LARGE);
    TextScanner scanner = new TextScanner(List.of("token", "s3cr3t"));
    cache.put(DIFF_ID, scanner, LARGE, entries);
    LayerListingCache.Known known = cache.get(DIFF_ID, scanner).orElseThrow();
    assertThat(known.tarBytes()).isEqualTo(LARGE);
    assertThat(known.entries()).isEqualTo(entries);
  }

  @Test
  void whatWasSearchedForIsPartOfTheKey() {
    LayerListingCache cache = new LayerListingCache(directory, LARGE);
    cache.put(DIFF_ID, new TextScanner(List.of("s3cr3t")), LARGE, entries);
    assertThat(cache.get(DIFF_ID, TextScanner.none())).isEmpty();
    assertThat(cache.get(DIFF_ID, new TextScanner(List.of("other")))).isEmpty();
    assertThat(cache.get(DIFF_ID, new TextScanner(List.of("s3cr3t")))).isPresent();
  }

  @Test
  void smallLayersAndIdsThatAreNoDigestsAreNotKept() {
    LayerListingCache cache = new LayerListingCache(directory, LARGE);
    cache.put(DIFF_ID, TextScanner.none(), LARGE - 1, entries);
    cache.put("../../etc/passwd", TextScanner.none(), LARGE, entries);
    assertThat(cache.get(DIFF_ID, TextScanner.none())).isEmpty();
    assertThat(cache.bytes()).isZero();
  }

  @Test
  void theLeastRecentlyUsedListsGoPastTheCapAndCleanEmptiesIt() throws Exception {
    List<LayerEntry> many = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      many.add(new LayerEntry("/usr/share/doc/file-" + i, FileType.FILE, i));
    }
    LayerListingCache probe = new LayerListingCache(directory.resolve("probe"), LARGE);
    probe.put(DIFF_ID, TextScanner.none(), LARGE, many);
    long one = probe.bytes();

    LayerListingCache cache = new LayerListingCache(directory.resolve("capped"), one * 2 + 10);
    String first = "sha256:" + "1".repeat(64);
    String second = "sha256:" + "2".repeat(64);
    String third = "sha256:" + "3".repeat(64);
    cache.put(first, TextScanner.none(), LARGE, many);
    cache.put(second, TextScanner.none(), LARGE, many);
    try (var files = Files.list(directory.resolve("capped"))) {
      for (Path file : files.toList()) {
        Files.setLastModifiedTime(
            file, FileTime.fromMillis(file.toString().contains("1111") ? 2000 : 1000));
      }
    }
    cache.put(third, TextScanner.none(), LARGE, many);
    assertThat(cache.get(second, TextScanner.none())).as("least recently used").isEmpty();
    assertThat(cache.get(first, TextScanner.none())).isPresent();
    assertThat(cache.get(third, TextScanner.none())).isPresent();
    assertThat(cache.clear()).isEqualTo(2);
    assertThat(cache.bytes()).isZero();
  }
}
