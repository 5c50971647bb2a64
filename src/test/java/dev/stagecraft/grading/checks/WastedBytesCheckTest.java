package dev.stagecraft.grading.checks;

import static dev.stagecraft.grading.ImageFactsFixture.image;
import static dev.stagecraft.grading.checks.Specs.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagecraft.engine.FileType;
import dev.stagecraft.engine.LayerEntry;
import dev.stagecraft.engine.LayerListing;
import dev.stagecraft.facts.LayerFiles;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.Status;
import dev.stagecraft.grading.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WastedBytesCheckTest {

  private static LayerListing layer(Object... pathsAndSizes) {
    List<LayerEntry> entries = new ArrayList<>();
    for (int i = 0; i < pathsAndSizes.length; i += 2) {
      entries.add(
          new LayerEntry(
              (String) pathsAndSizes[i],
              FileType.FILE,
              ((Number) pathsAndSizes[i + 1]).longValue()));
    }
    return new LayerListing("layer", entries);
  }

  /** A base of 10 MB; the learner writes a 3 MB blob, removes it, and removes a base file. */
  private static GradingContext wasteful() {
    return image()
        .layerFiles(
            LayerFiles.of(
                List.of(
                    layer("/usr/lib/big.so", 9_000_000, "/etc/motd", 1_000_000),
                    layer(
                        "/blob", 3_000_000, "/app/a", 1, "/app/b", 2, "/app/c", 3, "/app/d",
                        45_000),
                    layer(
                        "/.wh.blob",
                        0,
                        "/etc/.wh.motd",
                        0,
                        "/app/a",
                        1,
                        "/app/b",
                        2,
                        "/app/c",
                        3,
                        "/app/d",
                        45_000)),
                1))
        .context();
  }

  private static Verdict evaluate(GradingContext context, Object... params)
      throws CheckSpecException {
    return WastedBytesCheck.from(params("wasted-bytes", params)).evaluate(context);
  }

  @Test
  void wasteWithinTheBudgetPasses() throws Exception {
    Verdict verdict = evaluate(wasteful(), "maxMB", 5);
    assertThat(verdict.status()).isEqualTo(Status.PASS);
    assertThat(verdict.actual())
        .hasValue(
            "4.1 MB wasted (efficiency 69.1%): /blob 3.0 MB (2 layers), /etc/motd 1.0 MB"
                + " (2 layers), /app/d 90.0 kB (2 layers), /app/c 0.0 kB (2 layers),"
                + " /app/b 0.0 kB (2 layers) and 1 more path");
  }

  @Test
  void wasteOverTheBudgetFailsWithExpectedAndActual() throws Exception {
    Verdict verdict = evaluate(wasteful(), "maxMB", 1, "minEfficiency", 0.5);
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.expected()).hasValue("at most 1.0 MB wasted and efficiency at least 50.0%");
    assertThat(verdict.message()).startsWith("Your layers have 4.1 MB wasted (efficiency 69.1%)");
  }

  @Test
  void lowEfficiencyFails() throws Exception {
    assertThat(evaluate(wasteful(), "minEfficiency", 0.9).status()).isEqualTo(Status.FAIL);
    assertThat(evaluate(wasteful(), "minEfficiency", 0.6).status()).isEqualTo(Status.PASS);
  }

  @Test
  void anImageWithoutWastePasses() throws Exception {
    GradingContext clean =
        image()
            .layerFiles(LayerFiles.of(List.of(layer("/bin/sh", 100), layer("/app", 50)), 1))
            .context();
    Verdict verdict = evaluate(clean, "maxMB", 0, "minEfficiency", 1);
    assertThat(verdict.status()).isEqualTo(Status.PASS);
    assertThat(verdict.actual()).hasValue("nothing wasted (efficiency 100.0%)");
  }

  @Test
  void theBaseImagesOwnWasteIsNamedButNotCounted() throws Exception {
    GradingContext context =
        image()
            .layerFiles(
                LayerFiles.of(
                    List.of(layer("/x", 2_000_000), layer("/x", 500_000), layer("/app", 1)), 2))
            .context();
    Verdict verdict = evaluate(context, "maxMB", 0);
    assertThat(verdict.status()).isEqualTo(Status.PASS);
    assertThat(verdict.actual())
        .hasValue(
            "nothing wasted (efficiency 100.0%); the base image wastes 2.5 MB itself, not counted");
  }

  @Test
  void asksForLayerFilesAndIsAnErrorWithoutThem() throws Exception {
    WastedBytesCheck check = WastedBytesCheck.from(params("wasted-bytes", "maxMB", 1));
    assertThat(check.needsLayerFiles()).isTrue();
    assertThat(check.title()).isEqualTo("Your layers: at most 1.0 MB wasted");
    assertThat(check.evaluate(image().context()).status()).isEqualTo(Status.ERROR);
  }

  @Test
  void badParametersAreRefused() {
    assertThatThrownBy(() -> WastedBytesCheck.from(params("wasted-bytes")))
        .isInstanceOf(CheckSpecException.class)
        .hasMessageContaining("minEfficiency");
    assertThatThrownBy(() -> WastedBytesCheck.from(params("wasted-bytes", "minEfficiency", 95)))
        .isInstanceOf(CheckSpecException.class)
        .hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> WastedBytesCheck.from(params("wasted-bytes", "maxMB", -1)))
        .isInstanceOf(CheckSpecException.class);
  }
}
