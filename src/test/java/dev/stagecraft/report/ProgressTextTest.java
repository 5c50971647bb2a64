package dev.stagecraft.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.facts.BuildSpec;
import dev.stagecraft.facts.ContextChange;
import dev.stagecraft.facts.LabEvent;
import dev.stagecraft.grading.GradingEvent;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressTextTest {

  @Test
  void stepsAndBuildLinesBecomeProgressLines() {
    assertThat(ProgressText.describe(new GradingEvent.Analysing()))
        .contains("Reading the Dockerfile…");
    assertThat(
            ProgressText.describe(
                new GradingEvent.Lab(new LabEvent.BuildStep(2, 7, "RUN go build -o /app ."))))
        .contains("  step 2/7  RUN go build -o /app .");
    assertThat(
            ProgressText.describe(
                new GradingEvent.BuildingOther(BuildSpec.of(BuildSpec.Role.STARTER))))
        .contains("Building the starter, to compare sizes…");
    assertThat(ProgressText.describe(new GradingEvent.BuildingOther(BuildSpec.target("test"))))
        .contains("Building --target test…");
    assertThat(
            ProgressText.describe(
                new GradingEvent.BuildingOther(
                    BuildSpec.afterChange(Optional.empty(), ContextChange.touch("src/card.js")))))
        .contains("Building the Dockerfile again after src/card.js changed…");
  }

  @Test
  void noiseIsLeftOut() {
    assertThat(
            ProgressText.describe(
                new GradingEvent.Lab(new LabEvent.BuildOutput("go: downloading"))))
        .isEmpty();
    assertThat(ProgressText.describe(new GradingEvent.Checking())).isEmpty();
  }

  @Test
  void longInstructionsAreShortened() {
    String run = "RUN " + "apt-get install -y something ".repeat(10);
    assertThat(ProgressText.describe(new GradingEvent.Lab(new LabEvent.BuildStep(1, 1, run))))
        .hasValueSatisfying(
            line -> assertThat(line.length()).isLessThanOrEqualTo(80).isGreaterThan(60));
  }
}
