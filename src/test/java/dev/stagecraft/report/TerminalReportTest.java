package dev.stagecraft.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalReportTest {

  @Test
  void plainReportShowsMarksExpectedActualAndHint() {
    String text = new TerminalReport(false, 100).render(GradeFixture.mixed());
    assertThat(text)
        .contains("✘ 03-go-scratch: 2 of 4 checks fail; 1 could not run.")
        .contains("✔ Title of stage-count")
        .contains("✘ Title of image-size")
        .contains("expected at most 10.0 MB")
        .contains("actual   812 MB")
        .contains("hint     Start the final stage FROM scratch.")
        .contains("○ Title of runs")
        .doesNotContain("\u001b[");
  }

  @Test
  void sizeChartComparesWithTheStarter() {
    String text = new TerminalReport(false, 100).render(GradeFixture.mixed());
    assertThat(text).containsPattern("starter +█+ 1123 MB").containsPattern("yours +█+░+ 812 MB");
  }

  @Test
  void groupsAppearInOrder() {
    String text = new TerminalReport(false, 100).render(GradeFixture.mixed());
    assertThat(text.indexOf("Dockerfile\n")).isLessThan(text.indexOf("Image\n"));
    assertThat(text.indexOf("Image\n")).isLessThan(text.indexOf("Runtime\n"));
  }

  @Test
  void colourReportUsesEscapes() {
    assertThat(new TerminalReport(true, 100).render(GradeFixture.mixed())).contains("\u001b[31m");
  }

  @Test
  void noLineIsWiderThanTheTerminal() {
    String text = new TerminalReport(false, 60).render(GradeFixture.mixed());
    for (String line : text.split("\n")) {
      assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(60);
    }
  }

  @Test
  void afterAFailedBuildTheHeadlineSaysSoAndWhatCouldNotRun() {
    String text = new TerminalReport(false, 80).render(GradeFixture.buildFailed());
    assertThat(text)
        .startsWith("✘ 03-go-scratch: the image did not build; 2 of 4 checks could not run.")
        .doesNotContain("1 of 4 checks fail");
  }

  @Test
  void aPassShowsTheProgramsWholeOutputWrappedNotCut() {
    String text = new TerminalReport(false, 60).render(GradeFixture.passedWithAdviceOnStandIn());
    assertThat(text).doesNotContain("…").contains("shipped on scratch'");
    for (String line : text.split("\n")) {
      assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(60);
    }
  }

  @Test
  void lintAdviceIsShownApartAndDoesNotChangeTheGrade() {
    String text = new TerminalReport(false, 80).render(GradeFixture.passedWithAdviceOnStandIn());
    assertThat(text)
        .startsWith("✔ 06-static-site-nginx: all 1 checks pass.")
        .contains("Advice  (not graded")
        .contains("• line 8: --from=0 refers to a stage by index; use a name")
        .contains("fix      Name the stage");
    assertThat(new TerminalReport(false, 80).render(GradeFixture.mixed())).doesNotContain("Advice");
  }

  @Test
  void aStandInBaseIsNamedBesideTheSizes() {
    String text = new TerminalReport(false, 80).render(GradeFixture.passedWithAdviceOnStandIn());
    assertThat(text.indexOf("local stand-ins here: nginx:alpine (the base), node:20-slim"))
        .isGreaterThan(text.indexOf("Size"));
    assertThat(new TerminalReport(false, 80).render(GradeFixture.mixed()))
        .doesNotContain("stand-in");
  }
}
