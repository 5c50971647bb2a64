package dev.stagecraft.grading.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.facts.BuildOutcome;
import dev.stagecraft.facts.BuildOutcome.BuiltStep;
import dev.stagecraft.facts.BuildSpec;
import dev.stagecraft.facts.ContextChange;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageFactsFixture;
import dev.stagecraft.grading.Status;
import dev.stagecraft.grading.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CacheAfterSourceChangeCheckTest {

  private static final CacheAfterSourceChangeCheck CHECK =
      new CacheAfterSourceChangeCheck("src/app.js", Pattern.compile("npm (ci|install)\\b"));

  private static final BuildSpec REBUILD =
      BuildSpec.afterChange(Optional.empty(), ContextChange.touch("src/app.js"));

  private static Verdict grade(BuildOutcome outcome) {
    GradingContext context =
        ImageFactsFixture.contextFor("FROM node:20-slim\n").withBuilds(Map.of(REBUILD, outcome));
    return CHECK.evaluate(context);
  }

  private static BuiltStep step(int n, String instruction, boolean cached) {
    return new BuiltStep(n, instruction, n, cached);
  }

  @Test
  void asksForOneRebuildAfterAnEmptyLineInTheSourceFile() {
    assertThat(CHECK.buildsNeeded()).containsExactly(REBUILD);
    assertThat(ContextChange.touch("src/app.js").append()).isEqualTo("\n");
  }

  @Test
  void manifestsBeforeSourcesKeepTheInstallCached() {
    Verdict verdict =
        grade(
            new BuildOutcome.Built(
                1,
                List.of(
                    step(1, "FROM node:20-slim AS build", false),
                    step(2, "WORKDIR /app", true),
                    step(3, "COPY package.json package-lock.json ./", true),
                    step(4, "RUN npm ci --offline", true),
                    step(5, "COPY src/ ./src/", false),
                    step(6, "CMD [\"node\", \"src/app.js\"]", false))));
    assertThat(verdict.status()).as(verdict.message()).isEqualTo(Status.PASS);
    assertThat(verdict.message()).contains("line 4 (RUN npm ci --offline)", "resumed at line 5");
  }

  @Test
  void sourcesBeforeTheInstallFailAndNameTheCopyThatBrokeTheCache() {
    Verdict verdict =
        grade(
            new BuildOutcome.Built(
                1,
                List.of(
                    step(1, "FROM node:20-slim AS build", false),
                    step(2, "WORKDIR /app", true),
                    step(3, "COPY . .", false),
                    step(4, "RUN npm ci --offline", false),
                    step(5, "FROM node:20-slim", false),
                    step(6, "COPY --from=build /app ./", false))));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).contains("line 4 (RUN npm ci --offline) ran again: line 3 (COPY");
  }

  @Test
  void theCauseIsLookedForInTheInstallsOwnStage() {
    Verdict verdict =
        grade(
            new BuildOutcome.Built(
                1,
                List.of(
                    step(1, "FROM node:20-slim AS lint", false),
                    step(2, "COPY . .", false),
                    step(3, "FROM node:20-slim AS deps", false),
                    step(4, "COPY package.json ./", true),
                    step(5, "COPY src ./src", false),
                    step(6, "RUN npm install", false))));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).contains("ran again: line 5 (COPY src ./src)");
  }

  @Test
  void everyInstallMustBeCached() {
    Verdict verdict =
        grade(
            new BuildOutcome.Built(
                1,
                List.of(
                    step(1, "FROM node:20-slim AS deps", false),
                    step(2, "COPY package*.json ./", true),
                    step(3, "RUN npm ci", true),
                    step(4, "COPY . .", false),
                    step(5, "RUN npm ci --omit=dev", false))));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).contains("line 5 (RUN npm ci --omit=dev) ran again");
  }

  @Test
  void aDockerfileWithoutTheInstallFailsRatherThanPassingVacuously() {
    Verdict verdict =
        grade(
            new BuildOutcome.Built(
                1,
                List.of(
                    step(1, "FROM node:20-slim", false),
                    step(2, "COPY . .", false),
                    step(3, "CMD [\"npm\", \"ci\"]", false))));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual()).hasValueSatisfying(a -> assertThat(a).contains("no RUN step"));
  }

  @Test
  void aChangeThatNeverReachedTheBuildFails() {
    Verdict verdict =
        grade(
            new BuildOutcome.Built(
                1,
                List.of(
                    step(1, "FROM node:20-slim", false),
                    step(2, "COPY package.json ./", true),
                    step(3, "RUN npm ci", true))));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).contains("never reached the build");
  }

  @Test
  void aRebuildThatFailsFailsWithTheLine() {
    Verdict verdict = grade(new BuildOutcome.Failed("exit code 1", Optional.of(6)));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual()).hasValueSatisfying(a -> assertThat(a).contains("line 6"));
  }

  @Test
  void noBuildMeansSkipped() {
    assertThat(grade(new BuildOutcome.FailedBeforeChange("x", Optional.empty())).status())
        .isEqualTo(Status.SKIPPED);
    assertThat(grade(new BuildOutcome.Unavailable("no engine")).status()).isEqualTo(Status.SKIPPED);
  }
}
