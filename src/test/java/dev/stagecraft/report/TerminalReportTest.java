package dev.stagecraft.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalReportTest {

  @Test
  void plainReportShowsMarksExpectedActualAndHint() {
    String text = new TerminalReport(false, 100).render(GradeFixture.mixed());
    assertThat(text)
        .contains("✘ 03-go-scratch: 2 of 4 checks fail.")
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
}
