package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Growth by kept images of known size skips the weighing (a listing of every image) while the last
 * weight plus what was added since fits the cap; anything unknown means weighing.
 */
class BuildCacheWeightTest {

  private static final long CAP = 1_000;

  @TempDir Path dir;

  private BuildCache cache() {
    return new BuildCache(dir.resolve("build-cache-test.tsv"), CAP);
  }

  private void weighed(long bytes) throws Exception {
    Files.writeString(dir.resolve("build-cache-test.tsv.weight"), Long.toString(bytes));
  }

  @Test
  void aCacheNeverWeighedIsWeighed() {
    assertThat(cache().fitsWith(1)).isFalse();
  }

  @Test
  void additionsAccumulateUntilTheyPassTheCap() throws Exception {
    weighed(700);
    BuildCache cache = cache();

    assertThat(cache.fitsWith(200)).isTrue();
    assertThat(cache.fitsWith(100)).isTrue();
    assertThat(cache.fitsWith(1)).as("700 + 200 + 100 + 1 passes 1000").isFalse();
    assertThat(cache().fitsWith(0)).as("another session reads the same weight").isTrue();
  }

  @Test
  void aTornOrNegativeWeightIsUnknown() throws Exception {
    weighed(-5);
    assertThat(cache().fitsWith(1)).isFalse();
    Files.writeString(dir.resolve("build-cache-test.tsv.weight"), "12ab");
    assertThat(cache().fitsWith(1)).isFalse();
  }
}
