package dev.stagecraft.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagecraft.course.CheckSpec;
import dev.stagecraft.lint.Linter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grading pipeline without an engine: static results, skips with reasons, early refusals. */
class GraderTest {

  @TempDir Path context;

  private final Linter linter = Linter.withAllRules();
  private final Grader noEngine =
      new Grader(
          CheckRegistry.standard(linter),
          linter,
          new LabAccess.Unavailable("No Docker engine at unix:///nonexistent.sock."));

  private static CheckSpec spec(String type, Map<String, Object> params) {
    return new CheckSpec(type, params, Optional.of("the hint"), "exercise.yaml", 7);
  }

  private Grade grade(String dockerfile, List<CheckSpec> checks) throws Exception {
    Path file = context.resolve("Dockerfile");
    Files.writeString(file, dockerfile);
    List<GradingEvent> events = new ArrayList<>();
    Grade grade = noEngine.grade(GradingRequest.of("t", file, context, checks), events::add);
    assertThat(events).isNotEmpty();
    return grade;
  }

  private static CheckResult result(Grade grade, String id) {
    return grade.results().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void withoutEngineStaticChecksRunAndImageChecksSayWhy() throws Exception {
    Grade grade =
        grade(
            "FROM golang:1.22\nRUN go build -o /app .\n",
            List.of(
                spec("stage-count", Map.of("min", 2)), spec("image-size", Map.of("maxMB", 10))));

    assertThat(grade.engineReachable()).isFalse();
    assertThat(grade.passed()).isFalse();
    CheckResult stages = result(grade, "stage-count");
    assertThat(stages.status()).isEqualTo(Status.FAIL);
    assertThat(stages.hint()).contains("the hint");
    assertThat(result(grade, "build").status()).isEqualTo(Status.SKIPPED);
    assertThat(result(grade, "build").message()).contains("nonexistent.sock");
    assertThat(result(grade, "image-size").status()).isEqualTo(Status.SKIPPED);
  }

  @Test
  void buildKitOnlySyntaxIsRefusedWithItsLineBeforeAnyBuild() throws Exception {
    Grade grade =
        grade(
            "FROM golang:1.22 AS build\nWORKDIR /src\nRUN --mount=type=cache,target=/root/.cache go build .\n",
            List.of(spec("stage-count", Map.of())));

    CheckResult build = result(grade, "build");
    assertThat(build.status()).isEqualTo(Status.FAIL);
    assertThat(build.message()).startsWith("line 3: RUN --mount needs BuildKit");
  }

  @Test
  void passingChecksOnlyPassWhenNothingIsSkipped() throws Exception {
    Grade grade = grade("FROM scratch AS a\nFROM a\n", List.of(spec("stage-count", Map.of())));
    assertThat(result(grade, "stage-count").status()).isEqualTo(Status.PASS);
    assertThat(result(grade, "stage-count").hint()).isEmpty();
    assertThat(grade.passed()).isFalse();
  }

  @Test
  void repeatedCheckTypesGetNumberedIds() throws Exception {
    Grade grade =
        grade(
            "FROM scratch\n",
            List.of(spec("stage-count", Map.of("min", 1)), spec("stage-count", Map.of("min", 3))));
    assertThat(grade.results())
        .extracting(CheckResult::id)
        .contains("stage-count", "stage-count-2");
  }

  @Test
  void badCheckSpecIsRefusedNamingFileLineAndKey() {
    assertThatThrownBy(
            () -> grade("FROM scratch\n", List.of(spec("image-size", Map.of("maxMB", "ten")))))
        .isInstanceOf(CheckSpecException.class)
        .hasMessageContaining("exercise.yaml:7")
        .hasMessageContaining("'maxMB'");
    assertThatThrownBy(() -> grade("FROM scratch\n", List.of(spec("imagesize", Map.of()))))
        .hasMessageContaining("unknown check type 'imagesize'");
  }

  /** Lint warnings reach the report as advice, except those a check already grades. */
  @Test
  void lintWarningsBecomeAdviceUnlessACheckGradesThem() throws Exception {
    Grade grade =
        grade(
            "FROM golang:1.22\nRUN go build -o /app .\nFROM scratch\nCOPY --from=0 /app /app\n",
            List.of(spec("stage-count", Map.of("min", 2)), spec("non-root-user", Map.of())));

    assertThat(grade.advice())
        .extracting(f -> f.ruleId())
        .contains("copy-from-index")
        .doesNotContain("final-stage-runs-as-root");
    assertThat(grade.advice())
        .allSatisfy(f -> assertThat(f.severity().label()).isNotEqualTo("error"));
    // Advice never changes the grade: the one static check still passes.
    assertThat(result(grade, "stage-count").status()).isEqualTo(Status.PASS);
  }
}
