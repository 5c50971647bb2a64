package dev.stagecraft.grading;

import static dev.stagecraft.grading.FixtureGrading.spec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagecraft.engine.EngineAvailable;
import dev.stagecraft.facts.ImageLab;
import dev.stagecraft.lint.Linter;
import dev.stagecraft.report.JsonReport;
import dev.stagecraft.report.TerminalReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A typo in a RUN line: the failing step's own output is in the report and in the JSON; a step that
 * prints escape sequences has them shown on the terminal, not obeyed, and exact in the JSON.
 */
@ExtendWith(EngineAvailable.class)
class FailedBuildOutputIT {

  @Test
  void theShellsOwnWordsAreShownBesideTheLineThatFailed() throws Exception {
    Linter linter = Linter.withAllRules();
    Grader grader =
        new Grader(
            CheckRegistry.standard(linter),
            linter,
            new LabAccess.Available(new ImageLab(EngineAvailable.engine())));
    Path dir = FixtureGrading.fixture("run-typo");
    Grade grade =
        grader.grade(
            GradingRequest.of(
                "run-typo", dir.resolve("Dockerfile"), dir, List.of(spec("non-root-user"))),
            event -> {});

    assertThat(grade.buildFailed()).isTrue();
    String report = new TerminalReport(false, 80).render(grade);
    assertThat(report).contains("line 3").contains("ech0: not found").contains("compiling");

    JsonNode build = null;
    for (JsonNode check : new ObjectMapper().readTree(JsonReport.render(grade)).get("checks")) {
      if (check.get("id").asText().equals("build")) {
        build = check;
      }
    }
    assertThat(build).isNotNull();
    assertThat(build.get("status").asText()).isEqualTo("fail");
    assertThat(build.get("actual").asText()).contains("ech0: not found");
  }

  @Test
  void aFailingStepsEscapeSequencesAreShownNotObeyed() throws Exception {
    Linter linter = Linter.withAllRules();
    Grader grader =
        new Grader(
            CheckRegistry.standard(linter),
            linter,
            new LabAccess.Available(new ImageLab(EngineAvailable.engine())));
    Path dir = FixtureGrading.fixture("hostile-build-log");
    Grade grade =
        grader.grade(
            GradingRequest.of(
                "hostile-build-log", dir.resolve("Dockerfile"), dir, List.of(spec("runs"))),
            event -> {});

    assertThat(grade.buildFailed()).isTrue();
    String report = new TerminalReport(true, 80).render(grade);
    assertThat(report)
        .doesNotContain("\u001b]")
        .doesNotContain("\u0007")
        .doesNotContain("\u001b[2A")
        .contains("\\e]0;PWNED")
        .contains("\\e]52;c;");
    String json = JsonReport.render(grade);
    assertThat(new ObjectMapper().readTree(json).toString()).contains("PWNED");
    for (JsonNode check : new ObjectMapper().readTree(json).get("checks")) {
      if (check.get("id").asText().equals("build")) {
        assertThat(check.get("actual").asText()).contains("\u001b]0;PWNED\u0007");
      }
    }
  }
}
