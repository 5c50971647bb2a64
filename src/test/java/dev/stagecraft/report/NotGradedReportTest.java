package dev.stagecraft.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagecraft.facts.EngineInterruption;
import dev.stagecraft.grading.CheckCategory;
import dev.stagecraft.grading.CheckResult;
import dev.stagecraft.grading.Grade;
import dev.stagecraft.grading.Timings;
import dev.stagecraft.grading.Verdict;
import dev.stagecraft.terminal.TextWrap;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A check the engine interrupted reads "not graded" with advice, never as failing checks; the
 * engine's own words, which may carry anything, reach the terminal neutralised and the JSON exact.
 */
class NotGradedReportTest {

  /** An engine message with a title-setting OSC, a clipboard write, a cursor move and a NUL. */
  static final String HOSTILE =
      "CRLF expected \u001b]0;PWNED\u0007\u001b]52;c;cm0gLXJmIH4=\u0007\u001b[2A\u0000 at end";

  static Grade interrupted(String engineWords) {
    EngineInterruption stopped =
        new EngineInterruption(
            "went-away",
            "while reading the image",
            "the Docker engine went away",
            "Check that Docker is running (docker info), then check again.",
            engineWords,
            Optional.of(Path.of("/home/learner/.cache/stagecraft/logs/engine-20261201.log")));
    List<CheckResult> results =
        List.of(
            new CheckResult(
                Grade.BUILD_ID,
                Grade.BUILD_TITLE,
                CheckCategory.IMAGE,
                Verdict.skipped("not graded: " + stopped.summary()),
                Optional.empty(),
                Duration.ZERO));
    Duration ms = Duration.ofMillis(5);
    return new Grade(
        "01-go",
        Path.of("/course/exercises/01-go/Dockerfile"),
        results,
        Optional.empty(),
        false,
        new Timings(ms, ms, ms, ms, ms),
        Map.of(),
        List.of(),
        Optional.of(stopped));
  }

  @ParameterizedTest
  @ValueSource(ints = {80, 60})
  void saysNotGradedNotAtFaultWhatToDoAndWhereTheDetailIs(int width) {
    String screen = new TerminalReport(false, width).render(interrupted(HOSTILE));
    assertThat(screen.replaceAll("\\s+", " "))
        .startsWith("○ 01-go: not graded: the Docker engine went away while reading")
        .contains("your Dockerfile is not at fault.")
        .contains("What to do: Check that Docker is running")
        .contains("Details: /home/learner/.cache/stagecraft/logs/")
        .doesNotContain("✘")
        .doesNotContain("fail");
    screen
        .lines()
        .forEach(line -> assertThat(TextWrap.displayWidth(line)).isLessThanOrEqualTo(width));
  }

  @Test
  void theEnginesWordsReachTheTerminalNeutralised() {
    String screen = new TerminalReport(true, 80).render(interrupted(HOSTILE));
    assertThat(screen).contains("The engine said: CRLF expected");
    assertThat(screen).doesNotContain("\u001b]").doesNotContain("\u0007").doesNotContain("\u0000");
    assertThat(screen).doesNotContain("\u001b[2A");
  }

  @Test
  void jsonSaysNotGradedAndKeepsTheEnginesWordsExactly() throws Exception {
    JsonNode json = new ObjectMapper().readTree(JsonReport.render(interrupted(HOSTILE)));
    assertThat(json.get("graded").asBoolean()).isFalse();
    assertThat(json.get("passed").asBoolean()).isFalse();
    assertThat(json.get("engineReachable").asBoolean()).isFalse();
    JsonNode trouble = json.get("engineTrouble");
    assertThat(trouble.get("kind").asText()).isEqualTo("went-away");
    assertThat(trouble.get("step").asText()).isEqualTo("while reading the image");
    assertThat(trouble.get("engineMessage").asText()).isEqualTo(HOSTILE);
    assertThat(trouble.get("message").asText())
        .isEqualTo(
            "not graded: the Docker engine went away while reading the image; your Dockerfile"
                + " is not at fault.");
    assertThat(trouble.get("logFile").asText()).endsWith("engine-20261201.log");
  }

  @Test
  void aGradedGradeSaysSoInJson() throws Exception {
    JsonNode json = new ObjectMapper().readTree(JsonReport.render(GradeFixture.mixed()));
    assertThat(json.get("graded").asBoolean()).isTrue();
    assertThat(json.get("engineTrouble").isNull()).isTrue();
  }
}
