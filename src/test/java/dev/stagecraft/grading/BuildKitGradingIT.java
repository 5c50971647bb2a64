package dev.stagecraft.grading;

import static dev.stagecraft.grading.FixtureGrading.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.course.CheckSpec;
import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineAvailable;
import dev.stagecraft.facts.ImageLab;
import dev.stagecraft.lint.Linter;
import dev.stagecraft.report.TerminalReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Grading under BuildKit on the real engine: a cache mount builds, a stage nothing needs never runs
 * (it would fail the build), and a failing step's own output reaches the report. The classic
 * builder refuses the same file before building, with its line.
 */
@ExtendWith(EngineAvailable.class)
class BuildKitGradingIT {

  private static final List<CheckSpec> CHECKS =
      List.of(
          spec("runs", "output", "hello from the app"),
          spec("non-root-user"),
          spec("path-absent", "paths", List.of("/src/app.sh", "/root/.cache/note")));

  private static Grade grade(
      DockerEngine engine, String builder, String fixture, List<CheckSpec> checks)
      throws Exception {
    engine.useBuilder(builder);
    Linter linter = Linter.withAllRules();
    Grader grader =
        new Grader(
            CheckRegistry.standard(linter), linter, new LabAccess.Available(new ImageLab(engine)));
    Path dir = FixtureGrading.fixture(fixture);
    return grader.grade(
        GradingRequest.of(fixture, dir.resolve("Dockerfile"), dir, checks), event -> {});
  }

  @AfterEach
  void asChosen(DockerEngine engine) {
    engine.useBuilder("auto");
  }

  @Test
  void aCacheMountBuildsAndTheUnusedStageNeverRuns(DockerEngine engine) throws Exception {
    Grade grade = grade(engine, "buildkit", "buildkit-cache-mount", CHECKS);

    // The stage "never-needed" exits 9: had BuildKit run it, the build would have failed.
    assertThat(grade.built()).as(grade.toString()).isTrue();
    assertThat(grade.passed()).as(grade.toString()).isTrue();
    assertThat(grade.results()).extracting(CheckResult::id).contains("runs", "non-root-user");
  }

  @Test
  void theClassicBuilderRefusesTheSameFileWithItsLine(DockerEngine engine) throws Exception {
    Grade grade = grade(engine, "classic", "buildkit-cache-mount", CHECKS);

    assertThat(grade.built()).isFalse();
    String report = new TerminalReport(false, 80).render(grade);
    assertThat(report).contains("line 8").contains("RUN --mount");
  }

  @Test
  void aFailingStepsOwnOutputReachesTheReport(DockerEngine engine) throws Exception {
    Grade grade = grade(engine, "buildkit", "run-typo", List.of(spec("non-root-user")));

    assertThat(grade.buildFailed()).isTrue();
    String report = new TerminalReport(false, 80).render(grade);
    assertThat(report).contains("line 3").contains("ech0: not found").contains("compiling");
    assertThat(report).doesNotContain("executor failed running");
  }
}
