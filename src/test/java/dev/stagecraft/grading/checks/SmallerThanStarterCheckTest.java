package dev.stagecraft.grading.checks;

import static dev.stagecraft.grading.ImageFactsFixture.image;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.facts.BuildOutcome;
import dev.stagecraft.facts.BuildSpec;
import dev.stagecraft.grading.Status;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmallerThanStarterCheckTest {

  private static final BuildSpec STARTER = BuildSpec.of(BuildSpec.Role.STARTER);
  private final SmallerThanStarterCheck fiftyTimes = new SmallerThanStarterCheck(50);

  private static dev.stagecraft.grading.GradingContext withStarter(
      long yours, BuildOutcome starter) {
    return image().layer("COPY app", yours, false).context().withBuilds(Map.of(STARTER, starter));
  }

  @Test
  void farSmallerImagePasses() {
    var verdict =
        fiftyTimes.evaluate(withStarter(2_000_000, new BuildOutcome.Built(1_100_000_000)));
    assertThat(verdict.status()).isEqualTo(Status.PASS);
    assertThat(verdict.actual()).hasValueSatisfying(a -> assertThat(a).startsWith("550× smaller"));
  }

  @Test
  void slightlySmallerImageFails() {
    var verdict =
        fiftyTimes.evaluate(withStarter(300_000_000, new BuildOutcome.Built(1_100_000_000)));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.expected())
        .hasValueSatisfying(e -> assertThat(e).contains("50×").contains("1100 MB"));
    assertThat(verdict.actual()).hasValueSatisfying(a -> assertThat(a).startsWith("3.7× smaller"));
  }

  @Test
  void starterThatDoesNotBuildSkipsWithTheReason() {
    var verdict =
        fiftyTimes.evaluate(
            withStarter(2_000_000, new BuildOutcome.Failed("no such image", Optional.of(1))));
    assertThat(verdict.status()).isEqualTo(Status.SKIPPED);
    assertThat(verdict.message()).contains("no such image");
  }

  @Test
  void aStarterWhoseBaseAloneIsFarBiggerPassesWithoutBeingBuilt() {
    var verdict =
        fiftyTimes.evaluate(
            withStarter(2_000_000, new BuildOutcome.AtLeast(1_100_000_000, "golang:1.22")));
    assertThat(verdict.status()).isEqualTo(Status.PASS);
    assertThat(verdict.actual())
        .hasValueSatisfying(
            a -> assertThat(a).startsWith("at least 550× smaller").contains("golang:1.22"));
  }

  @Test
  void aFloorThatDoesNotSettleItNeverPassesNorFails() {
    var verdict =
        fiftyTimes.evaluate(
            withStarter(300_000_000, new BuildOutcome.AtLeast(1_100_000_000, "golang:1.22")));
    assertThat(verdict.status()).isEqualTo(Status.SKIPPED);
  }
}
