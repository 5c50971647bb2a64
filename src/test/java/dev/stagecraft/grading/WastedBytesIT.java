package dev.stagecraft.grading;

import static dev.stagecraft.grading.FixtureGrading.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stagecraft.engine.EngineAvailable;
import dev.stagecraft.engine.EngineLeftovers;
import dev.stagecraft.facts.FileScope;
import dev.stagecraft.facts.ImageLab;
import dev.stagecraft.facts.LabEvent;
import dev.stagecraft.facts.LabOutcome;
import dev.stagecraft.facts.LabRequest;
import dev.stagecraft.facts.LayerEfficiency;
import dev.stagecraft.facts.LayerFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * wasted-bytes on the real engine: the fixtures are built by the classic builder, saved, and read
 * layer by layer, so whiteouts and the base/yours split are the engine's own.
 */
@ExtendWith(EngineAvailable.class)
class WastedBytesIT {

  /** The files of /usr/share/doc/apt in the debian:bookworm-slim stand-in (8 files). */
  private static final long APT_DOC_BYTES = 60_668;

  private static final String LAYER_FILES = "reading each layer's files";

  @AfterAll
  static void nothingLeftBehind() throws Exception {
    assertThat(EngineLeftovers.containers()).isEmpty();
  }

  private static boolean readLayerFiles(List<GradingEvent> events) {
    return events.stream()
        .anyMatch(
            e ->
                e instanceof GradingEvent.Lab lab
                    && lab.event() instanceof LabEvent.Gathering gathering
                    && gathering.what().equals(LAYER_FILES));
  }

  @Test
  void bytesRemovedByALaterStepAreWasted() throws Exception {
    List<GradingEvent> events = new ArrayList<>();
    Grade grade =
        FixtureGrading.grade(
            "wastes-removed-files",
            List.of(
                spec("wasted-bytes", "maxMB", 1),
                spec("wasted-bytes", "maxMB", 4, "minEfficiency", 0.9)),
            events);
    assertThat(readLayerFiles(events)).isTrue();

    CheckResult tight = FixtureGrading.byId(grade).get("wasted-bytes");
    assertThat(tight.status()).as(tight.message()).isEqualTo(Status.FAIL);
    assertThat(tight.verdict().expected()).hasValue("at most 1.0 MB wasted");
    String actual = tight.verdict().actual().orElseThrow();
    assertThat(actual)
        .matches(
            "3\\.1 MB wasted \\(efficiency 9\\d\\.\\d%\\): /blob 3\\.0 MB \\(2 layers\\),"
                + " /usr/share/doc/apt/examples/configure-index \\d+\\.\\d kB \\(2 layers\\),"
                + " /usr/share/doc/apt/changelog\\.gz 16\\.0 kB \\(2 layers\\), .* and 4 more paths");

    CheckResult loose = FixtureGrading.byId(grade).get("wasted-bytes-2");
    assertThat(loose.status()).as(loose.message()).isEqualTo(Status.PASS);
  }

  @Test
  void theWasteIsTheBlobPlusTheBaseFilesRemoved() throws Exception {
    var dir = FixtureGrading.fixture("wastes-removed-files");
    LabRequest request =
        new LabRequest(
            dir,
            dir.resolve("Dockerfile"),
            "wastes-removed-files",
            Optional.empty(),
            Optional.of("debian:bookworm-slim"),
            List.of(),
            List.of(),
            FileScope.NONE,
            true);
    LabOutcome outcome = new ImageLab(EngineAvailable.engine()).buildAndInspect(request, e -> {});
    assertThat(outcome).isInstanceOf(LabOutcome.Inspected.class);
    LayerFiles files = ((LabOutcome.Inspected) outcome).facts().layerFiles().orElseThrow();
    // The stand-in base has one layer; each RUN adds one.
    assertThat(files.layers())
        .extracting(LayerFiles.Layer::fromBase)
        .containsExactly(true, false, false);
    assertThat(files.layers().get(2).removed()).contains("/blob", "/usr/share/doc/apt");

    LayerEfficiency efficiency = LayerEfficiency.of(files);
    // 3,000,000 bytes of /blob plus the apt docs the second step removed from the base.
    assertThat(efficiency.wastedBytes()).isEqualTo(3_000_000 + APT_DOC_BYTES);
    assertThat(efficiency.wastedPaths()).hasSize(9);
    assertThat(efficiency.baseWastedBytes()).isZero();
    assertThat(efficiency.efficiency())
        .isCloseTo(1 - (3_000_000.0 + APT_DOC_BYTES) / efficiency.totalBytes(), within(1e-12));
  }

  @Test
  void removingInTheSameStepWastesNothing() throws Exception {
    List<GradingEvent> events = new ArrayList<>();
    Grade grade =
        FixtureGrading.grade(
            "passes-efficiency",
            List.of(spec("wasted-bytes", "maxMB", 0, "minEfficiency", 1)),
            events);
    CheckResult result = FixtureGrading.byId(grade).get("wasted-bytes");
    assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
    assertThat(result.verdict().actual()).hasValue("nothing wasted (efficiency 100.0%)");
  }

  @Test
  void layerFilesAreReadOnlyWhenACheckAsks() throws Exception {
    List<GradingEvent> events = new ArrayList<>();
    Grade grade =
        FixtureGrading.grade("passes-efficiency", List.of(spec("layer-count", "max", 5)), events);
    assertThat(FixtureGrading.byId(grade).get("layer-count").status()).isEqualTo(Status.PASS);
    assertThat(readLayerFiles(events)).isFalse();
  }
}
