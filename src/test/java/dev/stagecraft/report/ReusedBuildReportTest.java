package dev.stagecraft.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagecraft.facts.LabEvent;
import dev.stagecraft.grading.Grade;
import dev.stagecraft.grading.GradingEvent;
import dev.stagecraft.grading.Timings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A grade of the image of the last check, unchanged since: every output says no build ran. */
class ReusedBuildReportTest {

  private static Grade reused() {
    Grade built = GradeFixture.mixed();
    Duration ms = Duration.ofMillis(5);
    return new Grade(
        built.name(),
        built.dockerfile(),
        built.results(),
        built.image(),
        built.engineReachable(),
        new Timings(ms, Duration.ofMillis(60), Duration.ofMillis(300), ms, ms, true),
        built.comparedSizes(),
        built.advice(),
        built.interruption());
  }

  @Test
  void theTerminalTimingsSayTheBuildWasReused() {
    assertThat(new TerminalReport(false, 80).render(reused()))
        .contains("build reused")
        .doesNotContain("build 0.06 s");
    assertThat(new TerminalReport(false, 80).render(GradeFixture.mixed()))
        .doesNotContain("build reused")
        .contains("build 12.00 s");
  }

  @Test
  void theJsonSaysTheBuildWasReused() throws Exception {
    JsonNode json = new ObjectMapper().readTree(JsonReport.render(reused()));
    assertThat(json.get("buildReused").asBoolean()).isTrue();
    assertThat(json.get("timings").get("buildReused").asBoolean()).isTrue();
    JsonNode built = new ObjectMapper().readTree(JsonReport.render(GradeFixture.mixed()));
    assertThat(built.get("buildReused").asBoolean()).isFalse();
  }

  @Test
  void theProgressShowsOneHonestLine() {
    assertThat(ProgressText.describe(new GradingEvent.Lab(new LabEvent.Reused("sha256:abc"))))
        .contains("  the image of your last check, unchanged since, is reused");
  }
}
