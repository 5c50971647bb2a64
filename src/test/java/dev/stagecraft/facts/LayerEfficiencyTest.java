package dev.stagecraft.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stagecraft.engine.FileType;
import dev.stagecraft.engine.LayerEntry;
import dev.stagecraft.engine.LayerListing;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LayerEfficiencyTest {

  /** A layer listing: "path=size" writes a file, "path/" a directory, ".wh." names as saved. */
  private static LayerListing layer(String... entries) {
    List<LayerEntry> list = new ArrayList<>();
    for (String entry : entries) {
      if (entry.endsWith("/")) {
        list.add(new LayerEntry(entry.substring(0, entry.length() - 1), FileType.DIRECTORY, 0));
      } else if (entry.contains("=")) {
        String[] parts = entry.split("=");
        list.add(new LayerEntry(parts[0], FileType.FILE, Long.parseLong(parts[1])));
      } else {
        list.add(new LayerEntry(entry, FileType.FILE, 0));
      }
    }
    return new LayerListing("layer", list);
  }

  private static LayerEfficiency efficiency(int baseLayers, LayerListing... layers) {
    return LayerEfficiency.of(LayerFiles.of(List.of(layers), baseLayers));
  }

  @Test
  void aFileOnlyInTheBaseWastesNothing() {
    LayerEfficiency result =
        efficiency(1, layer("/usr/", "/usr/bin/tool=5000"), layer("/app/", "/app/server=700"));
    assertThat(result.wastedBytes()).isZero();
    assertThat(result.efficiency()).isEqualTo(1.0);
    assertThat(result.totalBytes()).isEqualTo(5700);
    assertThat(result.wastedPaths()).isEmpty();
  }

  @Test
  void overwritingABaseFileWastesBothCopiesAsDiveCountsThem() {
    LayerEfficiency result = efficiency(1, layer("/etc/motd=100"), layer("/etc/motd=120"));
    assertThat(result.wastedBytes()).isEqualTo(220);
    // dive's score: smallest occurrences over all occurrences.
    assertThat(result.efficiency()).isCloseTo(100.0 / 220, within(1e-9));
    assertThat(result.wastedPaths())
        .containsExactly(new LayerEfficiency.WastedPath("/etc/motd", 220, 2));
  }

  @Test
  void aFileRemovedByALaterStepWastesAllItsBytes() {
    LayerEfficiency result =
        efficiency(
            1,
            layer("/bin/sh=1000"),
            layer("/blob=3000000"),
            layer("/.wh.blob"),
            layer("/.wh.never-there"));
    assertThat(result.wastedBytes()).isEqualTo(3_000_000);
    assertThat(result.efficiency()).isCloseTo(1 - 3_000_000.0 / 3_001_000, within(1e-9));
    assertThat(result.wastedPaths())
        .containsExactly(new LayerEfficiency.WastedPath("/blob", 3_000_000, 2));
  }

  @Test
  void removingABaseDirectoryWastesEveryFileUnderIt() {
    LayerEfficiency result =
        efficiency(
            1,
            layer("/usr/share/doc/a/", "/usr/share/doc/a/x=400", "/usr/share/doc/b=600", "/u=5"),
            layer("/usr/share/", "/usr/share/.wh.doc"));
    assertThat(result.wastedBytes()).isEqualTo(1000);
    assertThat(result.wastedPaths())
        .extracting(LayerEfficiency.WastedPath::path)
        .containsExactly("/usr/share/doc/b", "/usr/share/doc/a/x");
    assertThat(result.efficiency()).isCloseTo(1 - 1000.0 / 1005, within(1e-9));
  }

  @Test
  void anOpaqueDirectoryHidesWhatIsBelowButKeepsWhatItWritesAgain() {
    LayerEfficiency result =
        efficiency(
            1,
            layer("/var/cache/a=1000", "/var/cache/b=2000", "/var/log/c=10"),
            layer("/var/cache/", "/var/cache/.wh..wh..opq", "/var/cache/b=500"));
    // a: 1000 then removed (0); b: 2000 then 500. Both are wasted in full, as dive counts.
    assertThat(result.wastedBytes()).isEqualTo(3500);
    assertThat(result.totalBytes()).isEqualTo(3510);
    assertThat(result.efficiency()).isCloseTo(1 - (1000.0 + 2000) / 3510, within(1e-9));
    assertThat(result.wastedPaths())
        .containsExactly(
            new LayerEfficiency.WastedPath("/var/cache/b", 2500, 2),
            new LayerEfficiency.WastedPath("/var/cache/a", 1000, 2));
  }

  @Test
  void duplicatesAmongTheLearnersOwnLayersAreWaste() {
    LayerEfficiency result =
        efficiency(0, layer("/app/a=100", "/app/b=50"), layer("/app/a=100"), layer("/app/a=100"));
    assertThat(result.wastedBytes()).isEqualTo(300);
    assertThat(result.efficiency()).isCloseTo(1 - 200.0 / 350, within(1e-9));
    assertThat(result.wastedPaths())
        .containsExactly(new LayerEfficiency.WastedPath("/app/a", 300, 3));
  }

  @Test
  void theBaseImagesOwnWasteIsReportedApart() {
    LayerEfficiency result =
        efficiency(2, layer("/x=10"), layer("/x=20", "/.wh.y"), layer("/app=5"));
    assertThat(result.wastedBytes()).isZero();
    assertThat(result.baseWastedBytes()).isEqualTo(30);
    assertThat(result.efficiency()).isEqualTo(1.0);
  }

  @Test
  void aFileWhereADirectoryWasHidesTheDirectorysFiles() {
    LayerEfficiency result =
        efficiency(1, layer("/opt/tool/bin=300", "/opt/tool/lib=200"), layer("/opt/tool=1"));
    assertThat(result.wastedBytes()).isEqualTo(500);
    assertThat(result.wastedPaths()).hasSize(2);
  }

  @Test
  void anEmptyImageIsFullyEfficient() {
    LayerEfficiency result = efficiency(0, layer());
    assertThat(result.efficiency()).isEqualTo(1.0);
    assertThat(result.totalBytes()).isZero();
  }

  @Test
  void whiteoutsAndOpaqueMarkersAreReadFromTheirNames() {
    LayerFiles files =
        LayerFiles.of(
            List.of(layer("/etc/", "/etc/.wh.motd", "/.wh.tmp", "/.wh..wh..opq", "/etc/a=3")), 1);
    LayerFiles.Layer only = files.layers().get(0);
    assertThat(only.fromBase()).isTrue();
    assertThat(only.removed()).containsExactlyInAnyOrder("/etc/motd", "/tmp");
    assertThat(only.opaqueDirectories()).containsExactly("/");
    assertThat(only.files()).containsOnlyKeys("/etc/a");
  }

  /**
   * Random stacks of writes and removals: the score stays within 0..1, waste (a removal weighs
   * nothing) never exceeds what the layers wrote, and only repeated paths are named.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234, 99_999})
  void randomStacksKeepTheScoreInRange(long seed) {
    Random random = new Random(seed);
    List<LayerListing> layers = new ArrayList<>();
    int count = 1 + random.nextInt(6);
    for (int i = 0; i < count; i++) {
      List<String> entries = new ArrayList<>();
      for (int j = random.nextInt(8); j > 0; j--) {
        String path = "/d" + random.nextInt(3) + "/f" + random.nextInt(4);
        entries.add(
            random.nextInt(4) == 0
                ? path.replace("/f", "/.wh.f")
                : path + "=" + random.nextInt(1000));
      }
      layers.add(layer(entries.toArray(String[]::new)));
    }
    LayerEfficiency result = LayerEfficiency.of(LayerFiles.of(layers, random.nextInt(count)));
    assertThat(result.efficiency()).isBetween(0.0, 1.0);
    assertThat(result.wastedBytes() + result.baseWastedBytes())
        .isLessThanOrEqualTo(2 * result.totalBytes());
    long repeated = result.wastedPaths().stream().filter(p -> p.occurrences() < 2).count();
    assertThat(repeated).isZero();
    if (result.wastedBytes() == 0) {
      assertThat(result.efficiency()).isEqualTo(1.0);
    }
  }
}
