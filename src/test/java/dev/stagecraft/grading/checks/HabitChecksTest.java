package dev.stagecraft.grading.checks;

import static dev.stagecraft.grading.ImageFactsFixture.contextFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.dockerfile.DockerfileParser;
import dev.stagecraft.dockerfile.StageGraph;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.Status;
import dev.stagecraft.lint.LintContext;
import dev.stagecraft.lint.Linter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The static habit checks on hand-written Dockerfiles. */
class HabitChecksTest {

  private static final String GOOD =
      """
      FROM golang:1.22 AS build
      RUN go build -o /app .
      FROM build AS test
      RUN go test ./...
      FROM example/distroless-static AS final
      COPY --from=build /app /app
      CMD ["/app"]
      """;

  private static final String BAD =
      """
      FROM golang:1.22
      RUN go build -o /app .
      FROM golang:1.22
      COPY --from=0 /app /app
      CMD /app
      """;

  private static GradingContext linted(String text) {
    var dockerfile = DockerfileParser.parse(text, "Dockerfile");
    var findings = Linter.withAllRules().lint(new LintContext(dockerfile, Optional.empty()));
    return GradingContext.staticOnly(dockerfile, StageGraph.of(dockerfile), findings, "static");
  }

  @Test
  void namedStagesPassWhenEveryStageButTheLastHasANameAndCopiesUseIt() {
    assertThat(new NamedStagesCheck().evaluate(contextFor(GOOD)).status()).isEqualTo(Status.PASS);
    var verdict = new NamedStagesCheck().evaluate(contextFor(BAD));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual())
        .hasValueSatisfying(a -> assertThat(a).contains("line 1 has no name").contains("line 4"));
  }

  @Test
  void copyFromLooksAtTheFinalStageOnly() {
    assertThat(new CopyFromCheck().evaluate(contextFor(GOOD)).status()).isEqualTo(Status.PASS);
    String copiesOnlyInBuilder = "FROM a AS b\nCOPY --from=x / /\nFROM scratch\nCOPY app /app\n";
    var verdict = new CopyFromCheck().evaluate(contextFor(copiesOnlyInBuilder));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).contains("line 3");
  }

  @Test
  void finalBaseFollowsStagesToTheImageAtTheBottom() {
    var minimal = new FinalBaseCheck(FinalBaseCheck.MINIMAL_BASES);
    assertThat(minimal.evaluate(contextFor(GOOD)).status()).isEqualTo(Status.PASS);
    var verdict = minimal.evaluate(contextFor(BAD));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual()).contains("golang:1.22");
    String finalOnBuilder = "FROM golang:1.22 AS build\nFROM build\n";
    assertThat(minimal.evaluate(contextFor(finalOnBuilder)).actual()).contains("golang:1.22");
    String scratch = "FROM golang:1.22 AS build\nFROM scratch\n";
    assertThat(minimal.evaluate(contextFor(scratch)).status()).isEqualTo(Status.PASS);
  }

  @Test
  void lintCheckFailsOnlyForItsOwnRules() {
    var shellForm = new LintRuleCheck(List.of("shell-form-cmd"));
    var verdict = shellForm.evaluate(linted(BAD));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).startsWith("line 5:");
    assertThat(shellForm.evaluate(linted(GOOD)).status()).isEqualTo(Status.PASS);
    var unrelated = new LintRuleCheck(List.of("sudo-in-run"));
    assertThat(unrelated.evaluate(linted(BAD)).status()).isEqualTo(Status.PASS);
  }

  @Test
  void copyFromAnotherImageIsNotABuildStage() {
    String fromImage =
        "FROM golang:1.22 AS build\nRUN true\nFROM alpine\nCOPY --from=busybox /bin/busybox /bb\n";
    var verdict = new CopyFromCheck().evaluate(contextFor(fromImage));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).contains("other images");
    String byIndex = "FROM golang:1.22\nRUN true\nFROM alpine\nCOPY --from=0 /app /app\n";
    assertThat(new CopyFromCheck().evaluate(contextFor(byIndex)).status()).isEqualTo(Status.PASS);
  }

  @Test
  void stageCountLeavesOutStagesTheFinalImageDoesNotUse() {
    String decoy = "FROM alpine AS decoy\nRUN true\nFROM golang:1.22\nRUN go build -o /app .\n";
    var verdict = new StageCountCheck(2).evaluate(contextFor(decoy));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).contains("'decoy' is not used");
    assertThat(new StageCountCheck(3).evaluate(contextFor(GOOD)).status()).isEqualTo(Status.FAIL);
    assertThat(new StageCountCheck(2).evaluate(contextFor(GOOD)).status()).isEqualTo(Status.PASS);
    String chained = "FROM golang:1.22 AS build\nRUN true\nFROM build\nRUN rm -rf /usr/local/go\n";
    assertThat(new StageCountCheck(2).evaluate(contextFor(chained)).status())
        .isEqualTo(Status.PASS);
  }
}
