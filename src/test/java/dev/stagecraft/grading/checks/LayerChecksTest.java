package dev.stagecraft.grading.checks;

import static dev.stagecraft.grading.ImageFactsFixture.image;
import static dev.stagecraft.grading.checks.Specs.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagecraft.grading.ImageFactsFixture;
import dev.stagecraft.grading.Status;
import dev.stagecraft.grading.Verdict;
import org.junit.jupiter.api.Test;

/** layer-count, added-size and package-count. */
class LayerChecksTest {

  private static final ImageFactsFixture IMAGE =
      image()
          .layer("(imported base layer)", 80_000_000, true)
          .layer("CMD [\"bash\"]", 0, true)
          .layer("RUN apt-get update", 30_000_000, false)
          .layer("RUN apt-get install -y curl", 12_000_000, false)
          .layer("ENV PORT=8080", 0, false)
          .layer("COPY app /app", 5_500_000, false)
          .captured(
              "/var/lib/dpkg/status",
              "Package: base-files\nStatus: install ok installed\n\n"
                  + "Package: curl\nStatus: install ok installed\n\n"
                  + "Package: gone\nStatus: deinstall ok config-files\n");

  @Test
  void layersThatAddBytesAreCounted() throws Exception {
    Verdict ok = LayerCountCheck.from(params("layer-count", "max", 4)).evaluate(IMAGE.context());
    assertThat(ok.status()).isEqualTo(Status.PASS);
    assertThat(ok.actual()).hasValue("4 layers (1 from the base, 3 from your steps)");
    Verdict tooMany =
        LayerCountCheck.from(params("layer-count", "max", 3)).evaluate(IMAGE.context());
    assertThat(tooMany.status()).isEqualTo(Status.FAIL);
    assertThat(tooMany.expected()).hasValue("at most 3 layers");
  }

  @Test
  void yourLayersAloneCanBeCounted() throws Exception {
    Verdict verdict =
        LayerCountCheck.from(params("layer-count", "max", 2, "scope", "yours"))
            .evaluate(IMAGE.context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual()).hasValue("3 from your steps (1 from the base, 3 from your steps)");
    assertThatThrownBy(() -> LayerCountCheck.from(params("layer-count", "max", 2, "scope", "mine")))
        .hasMessageContaining("'all'");
    assertThatThrownBy(() -> LayerCountCheck.from(params("layer-count")))
        .hasMessageContaining("'max' must be given");
  }

  @Test
  void addedSizeCountsOnlyYourSteps() throws Exception {
    Verdict ok = AddedSizeCheck.from(params("added-size", "maxMB", 50)).evaluate(IMAGE.context());
    assertThat(ok.status()).isEqualTo(Status.PASS);
    assertThat(ok.actual()).hasValue("47.5 MB on top of a 80.0 MB base");
    Verdict over = AddedSizeCheck.from(params("added-size", "maxMB", 10)).evaluate(IMAGE.context());
    assertThat(over.status()).isEqualTo(Status.FAIL);
    assertThat(over.expected()).hasValue("at most 10.0 MB added");
  }

  @Test
  void installedPackagesAreCounted() throws Exception {
    Verdict ok =
        PackageCountCheck.from(params("package-count", "max", 2)).evaluate(IMAGE.context());
    assertThat(ok.status()).isEqualTo(Status.PASS);
    assertThat(ok.actual()).hasValue("2 packages (dpkg)");
    Verdict over =
        PackageCountCheck.from(params("package-count", "max", 1)).evaluate(IMAGE.context());
    assertThat(over.status()).isEqualTo(Status.FAIL);
    assertThat(over.expected()).hasValue("at most 1 package");
  }

  @Test
  void anImageWithoutAPackageDatabaseHasNone() throws Exception {
    Verdict verdict =
        PackageCountCheck.from(params("package-count", "max", 0)).evaluate(image().context());
    assertThat(verdict.status()).isEqualTo(Status.PASS);
    assertThat(verdict.actual()).hasValue("0 packages (no package database)");
  }
}
