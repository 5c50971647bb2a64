package dev.stagecraft.grading.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.facts.BuildOutcome;
import dev.stagecraft.facts.BuildSpec;
import dev.stagecraft.facts.ContextChange;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageFactsFixture;
import dev.stagecraft.grading.Status;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetBuildCheckTest {

  private static final String WITH_TEST_STAGE =
      """
      FROM golang:1.22 AS build
      RUN go build -o /app .
      FROM build AS test
      RUN go test ./...
      FROM scratch
      COPY --from=build /app /app
      """;

  private static GradingContext built(BuildOutcome outcome) {
    return ImageFactsFixture.contextFor(WITH_TEST_STAGE)
        .withBuilds(Map.of(BuildSpec.target("test"), outcome));
  }

  @Test
  void testStageThatFailsPassesWhenFailureIsExpected() {
    var check = new TargetBuildCheck("test", false);
    var verdict =
        check.evaluate(
            built(
                new BuildOutcome.Failed(
                    "line 4 (RUN go test ./...) failed with exit code 1.", Optional.of(4))));
    assertThat(verdict.status()).isEqualTo(Status.PASS);
    // The engine's message names the line; the check shows it as it is, not a second time.
    assertThat(verdict.actual())
        .hasValue("failed: line 4 (RUN go test ./...) failed with exit code 1.");
  }

  @Test
  void testStageThatBuildsFailsWhenFailureIsExpected() {
    var verdict = new TargetBuildCheck("test", false).evaluate(built(new BuildOutcome.Built(10)));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
  }

  @Test
  void buildingTargetPassesWhenSuccessIsExpected() {
    var verdict = new TargetBuildCheck("test", true).evaluate(built(new BuildOutcome.Built(10)));
    assertThat(verdict.status()).isEqualTo(Status.PASS);
  }

  @Test
  void missingStageFailsNamingTheStages() {
    var verdict = new TargetBuildCheck("lint", true).evaluate(built(new BuildOutcome.Built(10)));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual())
        .hasValueSatisfying(a -> assertThat(a).contains("build").contains("test"));
  }

  private static final ContextChange BROKEN_TEST =
      new ContextChange("main_test.go", "func TestBroken(t *testing.T) { t.Fatal(\"no\") }\n");

  private static GradingContext afterChange(BuildOutcome outcome) {
    return ImageFactsFixture.contextFor(WITH_TEST_STAGE)
        .withBuilds(Map.of(BuildSpec.afterChange(Optional.of("test"), BROKEN_TEST), outcome));
  }

  @Test
  void aBrokenTestThatFailsTheTargetPasses() {
    var check = new TargetBuildCheck("test", false, Optional.of(BROKEN_TEST));
    var verdict =
        check.evaluate(afterChange(new BuildOutcome.Failed("go test: exit 1", Optional.of(4))));
    assertThat(verdict.status()).isEqualTo(Status.PASS);
    assertThat(verdict.message()).contains("after main_test.go changed");
    assertThat(check.buildsNeeded())
        .containsExactly(BuildSpec.afterChange(Optional.of("test"), BROKEN_TEST));
  }

  @Test
  void aBrokenTestThatStillBuildsFails() {
    var check = new TargetBuildCheck("test", false, Optional.of(BROKEN_TEST));
    var verdict = check.evaluate(afterChange(new BuildOutcome.Built(10)));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).contains("does the stage run the tests?");
  }

  @Test
  void aTargetThatFailsEvenBeforeTheChangeProvesNothing() {
    var check = new TargetBuildCheck("test", false, Optional.of(BROKEN_TEST));
    var verdict =
        check.evaluate(
            afterChange(new BuildOutcome.FailedBeforeChange("go: not found", Optional.of(4))));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).contains("even before main_test.go changed");
  }
}
