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
import dev.stagecraft.grading.ImageFactsFixture;
import dev.stagecraft.grading.Status;
import dev.stagecraft.grading.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextAbsentCheckTest {

  private static final String TOKEN = "ghp-stagecraft-0451";

  private static LayerEntry file(String path, String... found) {
    return new LayerEntry(path, FileType.FILE, 10, Set.of(found));
  }

  private static LayerEntry whiteout(String path) {
    return new LayerEntry(path, FileType.FILE, 0);
  }

  /** A base layer, then the learner's layers as given. */
  @SafeVarargs
  private static ImageFactsFixture layers(List<LayerEntry>... learner) {
    List<LayerListing> listings = new ArrayList<>();
    listings.add(new LayerListing("base", List.of(file("/bin/sh"))));
    for (List<LayerEntry> entries : learner) {
      listings.add(new LayerListing("layer", entries));
    }
    return image().layer("ADD file:base in /", 100, true).layerFiles(LayerFiles.of(listings, 1));
  }

  private static Verdict evaluate(GradingContext context) throws CheckSpecException {
    return TextAbsentCheck.from(params("text-absent", "texts", List.of(TOKEN))).evaluate(context);
  }

  @Test
  void anImageWithoutTheTextPasses() throws Exception {
    GradingContext context =
        layers(List.of(file("/app/server")))
            .layer("COPY /out/server /app/server", 10, false)
            .env("PATH=/usr/bin")
            .context();

    Verdict verdict = evaluate(context);

    assertThat(verdict.status()).isEqualTo(Status.PASS);
  }

  @Test
  void aFileDeletedByALaterStepStillFails() throws Exception {
    GradingContext context =
        layers(List.of(file("/root/.netrc", TOKEN)), List.of(whiteout("/root/.wh..netrc")))
            .context();

    Verdict verdict = evaluate(context);

    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual())
        .hasValue("1 place: layer 2: /root/.netrc (deleted by a later step) holds 'ghp-…'");
  }

  @Test
  void aFileUnderADirectoryAnOpaqueLayerHidesCountsAsDeleted() throws Exception {
    GradingContext context =
        layers(
                List.of(file("/src/.netrc", TOKEN)),
                List.of(new LayerEntry("/src/.wh..wh..opq", FileType.FILE, 0)))
            .context();

    assertThat(evaluate(context).actual().orElseThrow()).contains("(deleted by a later step)");
  }

  @Test
  void theHistoryIsSearchedAndTheTokenMaskedInTheReport() throws Exception {
    GradingContext context =
        layers(List.of(file("/app/server")))
            .layer("|1 TOKEN=" + TOKEN + " /bin/sh -c ./fetch.sh && make", 10, false)
            .context();

    Verdict verdict = evaluate(context);

    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual())
        .hasValue(
            "1 place: history step 2: |1 TOKEN='ghp-…' /bin/sh -c ./fetch.sh && make holds"
                + " 'ghp-…'");
    assertThat(verdict.actual().orElseThrow()).doesNotContain(TOKEN);
    assertThat(verdict.expected().orElseThrow()).doesNotContain(TOKEN);
  }

  @Test
  void theConfigIsSearched() throws Exception {
    GradingContext context =
        layers(List.of(file("/app/server")))
            .env("API_TOKEN=" + TOKEN)
            .label("ci.token", TOKEN)
            .cmd("/app/server", "--token", TOKEN)
            .context();

    Verdict verdict = evaluate(context);

    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual().orElseThrow())
        .startsWith("3 places: ")
        .contains("config ENV API_TOKEN holds 'ghp-…'")
        .contains("config LABEL ci.token holds 'ghp-…'")
        .contains("config CMD holds 'ghp-…'");
  }

  @Test
  void asksForTheTextsToBeSearchedAndIsAnErrorWithoutLayerFiles() throws Exception {
    TextAbsentCheck check = TextAbsentCheck.from(params("text-absent", "texts", List.of(TOKEN)));

    assertThat(check.needsLayerFiles()).isTrue();
    assertThat(check.textsSearched()).containsExactly(TOKEN);
    assertThat(check.evaluate(image().context()).status()).isEqualTo(Status.ERROR);
  }

  @Test
  void badParametersAreRefused() {
    assertThatThrownBy(() -> TextAbsentCheck.from(params("text-absent")))
        .isInstanceOf(CheckSpecException.class)
        .hasMessageContaining("texts");
    assertThatThrownBy(() -> TextAbsentCheck.from(params("text-absent", "texts", List.of("ab"))))
        .isInstanceOf(CheckSpecException.class)
        .hasMessageContaining("4 characters");
    assertThatThrownBy(
            () -> TextAbsentCheck.from(params("text-absent", "texts", List.of(TOKEN), "x", 1)))
        .isInstanceOf(CheckSpecException.class);
  }
}
