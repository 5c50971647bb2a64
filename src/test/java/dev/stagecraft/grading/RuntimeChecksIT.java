package dev.stagecraft.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.course.CheckSpec;
import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineAvailable;
import dev.stagecraft.engine.EngineLeftovers;
import dev.stagecraft.facts.ImageLab;
import dev.stagecraft.lint.Linter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** HTTP and --target checks graded on fixtures built by a real engine. */
@ExtendWith(EngineAvailable.class)
class RuntimeChecksIT {

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(RuntimeChecksIT.class.getResource("/fixtures/" + name + "/Dockerfile").toURI())
        .getParent();
  }

  private static CheckSpec spec(String type, Map<String, Object> params) {
    return new CheckSpec(type, params, Optional.of("hint for " + type), "RuntimeChecksIT", 1);
  }

  private static Grade grade(DockerEngine engine, String fixture, List<CheckSpec> checks)
      throws Exception {
    Linter linter = Linter.withAllRules();
    Grader grader =
        new Grader(
            CheckRegistry.standard(linter), linter, new LabAccess.Available(new ImageLab(engine)));
    Path dir = fixture(fixture);
    return grader.grade(
        GradingRequest.of(fixture, dir.resolve("Dockerfile"), dir, checks), e -> {});
  }

  private static CheckResult result(Grade grade, String id) {
    return grade.results().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void serverThatAnswersPassesAndWrongExpectationsFail(DockerEngine engine) throws Exception {
    Grade grade =
        grade(
            engine,
            "serves-http",
            List.of(
                spec("http", Map.of("port", 8000, "body", "stagecraft fixture: served")),
                spec("http", Map.of("port", 8000, "path", "/missing.html", "status", 200)),
                spec("http", Map.of("port", 8000, "body", "something else entirely"))));

    assertThat(result(grade, "http").status()).as(grade.toString()).isEqualTo(Status.PASS);
    CheckResult missing = result(grade, "http-2");
    assertThat(missing.status()).isEqualTo(Status.FAIL);
    assertThat(missing.verdict().actual())
        .hasValueSatisfying(a -> assertThat(a).startsWith("status 404"));
    CheckResult wrongBody = result(grade, "http-3");
    assertThat(wrongBody.status()).isEqualTo(Status.FAIL);
    assertThat(wrongBody.message()).contains("body");
    assertThat(wrongBody.hint()).contains("hint for http");
  }

  @Test
  void appThatExitsInsteadOfServingFailsWithItsOutput(DockerEngine engine) throws Exception {
    Grade grade =
        grade(
            engine,
            "exits-instead-of-serving",
            List.of(spec("http", Map.of("port", 8000, "timeoutSeconds", 20))));

    CheckResult http = result(grade, "http");
    assertThat(http.status()).isEqualTo(Status.FAIL);
    assertThat(http.message()).contains("exited with code 0");
    assertThat(http.verdict().actual())
        .hasValueSatisfying(a -> assertThat(a).contains("configuration missing"));
  }

  @Test
  void appThatNeverExitsTimesOutAndLeavesNothingBehind(DockerEngine engine) throws Exception {
    Grade grade =
        grade(
            engine,
            "never-exits",
            List.of(
                spec("runs", Map.of("timeoutSeconds", 2)),
                spec("http", Map.of("port", 8080, "timeoutSeconds", 2))));

    CheckResult runs = result(grade, "runs");
    assertThat(runs.status()).isEqualTo(Status.FAIL);
    assertThat(runs.verdict().actual())
        .hasValueSatisfying(a -> assertThat(a).contains("still running"));
    assertThat(result(grade, "http").status()).isEqualTo(Status.FAIL);
    assertThat(result(grade, "http").message()).contains("within 2 s");
    assertThat(EngineLeftovers.containers()).isEmpty();
  }

  @Test
  void failingTestStageFailsItsTargetBuild(DockerEngine engine) throws Exception {
    Grade grade =
        grade(
            engine,
            "test-stage-fails",
            List.of(
                spec("target-build", Map.of("target", "test", "expect", "failure")),
                spec("target-build", Map.of("target", "build")),
                spec("target-build", Map.of("target", "test"))));

    assertThat(result(grade, "target-build").status()).isEqualTo(Status.PASS);
    assertThat(result(grade, "target-build").verdict().actual())
        .hasValueSatisfying(a -> assertThat(a).contains("line 6"));
    assertThat(result(grade, "target-build-2").status()).isEqualTo(Status.PASS);
    assertThat(result(grade, "target-build-3").status()).isEqualTo(Status.FAIL);
    // The classic builder runs every stage above the final one, so the whole build fails too;
    // BuildKit and Podman's builder skip the test stage the final one does not need.
    boolean skipsUnusedStages = engine.info().isPodman() || engine.info().isBuildKit();
    assertThat(result(grade, "build").status())
        .isEqualTo(skipsUnusedStages ? Status.PASS : Status.FAIL);
  }
}
