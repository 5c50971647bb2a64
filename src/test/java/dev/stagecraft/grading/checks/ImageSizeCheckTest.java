package dev.stagecraft.grading.checks;

import static dev.stagecraft.grading.ImageFactsFixture.image;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.grading.Status;
import org.junit.jupiter.api.Test;

class ImageSizeCheckTest {

  private final ImageSizeCheck tenMb = new ImageSizeCheck(10_000_000);

  @Test
  void imageUnderBudgetPasses() {
    var verdict = tenMb.evaluate(image().layer("COPY /out/app /app", 2_100_000, false).context());
    assertThat(verdict.status()).isEqualTo(Status.PASS);
    assertThat(verdict.actual()).hasValueSatisfying(a -> assertThat(a).startsWith("2.1 MB"));
  }

  @Test
  void imageExactlyAtBudgetPasses() {
    var verdict = tenMb.evaluate(image().layer("COPY app", 10_000_000, false).context());
    assertThat(verdict.status()).isEqualTo(Status.PASS);
  }

  @Test
  void imageOverBudgetFailsNamingBaseAndOwnBytes() {
    var verdict =
        tenMb.evaluate(
            image()
                .layer("debian base", 120_000_000, true)
                .layer("apt-get install golang", 400_000_000, true)
                .layer("RUN go build", 12_000_000, false)
                .context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.expected()).contains("at most 10.0 MB");
    assertThat(verdict.actual()).contains("532 MB (520 MB base + 12.0 MB from your steps)");
  }
}
