package dev.stagecraft.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.terminal.TextWrap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassSummaryTest {

  @ParameterizedTest
  @ValueSource(ints = {80, 60})
  void hostileNamesAreShownVisiblyAndEveryLineFits(int width) {
    String out =
        new ClassSummary(width).render(List.of(HostileNames.EXERCISE), HostileNames.results());
    assertThat(out).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u0000");
    assertThat(out).doesNotContain("\r").doesNotContain("\ud800");
    for (String line : out.split("\n")) {
      assertThat(TextWrap.displayWidth(line)).as(line).isLessThanOrEqualTo(width);
    }
    assertThat(out)
        .contains("\\e]0;PWNED\\x07mallory")
        .contains("\\e]52;c;cGF5bG9hZA==\\x07eve")
        .contains("\\e[2A\\e[Ktrudy")
        .contains("nul\\x00byte")
        .contains("12 submissions: 8 pass, 3 fail, 1 broken")
        .contains("Most common failing checks")
        .contains("3 × 02 runs: The app runs")
        .contains("Broken submissions");
    // A ten-megabyte reason is cut to a few lines; the JSON keeps it whole.
    assertThat(out.length()).isLessThan(6_000);
  }

  @Test
  void aGridOfManyExercisesIsSplitToFit() {
    List<String> exercises = new ArrayList<>();
    List<SubmissionResult> results = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      String id = String.format("%02d-exercise", i);
      exercises.add(id);
      SubmissionResult pass = HostileNames.passing("alice");
      results.add(
          new SubmissionResult(
              "alice",
              id,
              pass.status(),
              "",
              5,
              5,
              List.of(),
              pass.imageBytes(),
              1,
              "",
              false,
              pass.grade()));
    }
    String out = new ClassSummary(80).render(exercises, results);
    for (String line : out.split("\n")) {
      assertThat(TextWrap.displayWidth(line)).as(line).isLessThanOrEqualTo(80);
    }
    assertThat(out).contains("12 = 12-exercise").contains("01 = 01-exercise");
    assertThat(out.lines().filter(l -> l.startsWith("alice")).count()).isEqualTo(2);
  }
}
