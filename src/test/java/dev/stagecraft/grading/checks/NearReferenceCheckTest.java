package dev.stagecraft.grading.checks;

import static dev.stagecraft.grading.ImageFactsFixture.image;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.facts.BuildOutcome;
import dev.stagecraft.facts.BuildSpec;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.Status;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NearReferenceCheckTest {

  private static final BuildSpec REFERENCE = BuildSpec.of(BuildSpec.Role.REFERENCE);
  private final NearReferenceCheck withinHalfAgain = new NearReferenceCheck(1.5);

  private static GradingContext withReference(long yours, BuildOutcome reference) {
    return image()
        .layer("COPY app", yours, false)
        .context()
        .withBuilds(Map.of(REFERENCE, reference));
  }

  @Test
  void anImageAsLeanAsTheReferencePasses() {
    var verdict =
        withinHalfAgain.evaluate(withReference(1_300_000, new BuildOutcome.Built(1_200_000)));
    assertThat(verdict.status()).isEqualTo(Status.PASS);
    assertThat(verdict.actual()).hasValueSatisfying(a -> assertThat(a).startsWith("1.1× the"));
  }

  @Test
  void anImageTwiceTheReferenceFailsSayingBothSizes() {
    var verdict =
        withinHalfAgain.evaluate(withReference(250_000_000, new BuildOutcome.Built(120_000_000)));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.expected())
        .hasValueSatisfying(e -> assertThat(e).contains("1.5×").contains("120 MB"));
    assertThat(verdict.actual())
        .hasValueSatisfying(a -> assertThat(a).startsWith("2.1× the").contains("250 MB"));
  }

  @Test
  void aReferenceThatDoesNotBuildSkipsWithTheReason() {
    var verdict =
        withinHalfAgain.evaluate(
            withReference(
                1_000_000,
                new BuildOutcome.Unavailable("this exercise has no reference Dockerfile")));
    assertThat(verdict.status()).isEqualTo(Status.SKIPPED);
    assertThat(verdict.message()).contains("no reference Dockerfile");
  }
}
