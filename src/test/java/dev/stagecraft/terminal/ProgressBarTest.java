package dev.stagecraft.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void theBarFillsInProportionAndTheWordsSayTheCount() {
    String line = ProgressBar.line(5, 10, "passed", 80, Ansi.PLAIN);

    assertThat(line).endsWith(" 5 of 10 passed").startsWith("█".repeat(20) + "░".repeat(20));
    assertThat(TextWrap.displayWidth(line)).isLessThanOrEqualTo(80);
  }

  @Test
  void theBarShrinksToTheWidthAndDisappearsWhenThereIsNoRoom() {
    String narrow = ProgressBar.line(1, 13, "passed", 30, Ansi.PLAIN);
    assertThat(TextWrap.displayWidth(narrow)).isEqualTo(30);
    assertThat(narrow).endsWith("1 of 13 passed");

    assertThat(ProgressBar.line(1, 13, "passed", 18, Ansi.PLAIN)).isEqualTo("1 of 13 passed");
    assertThat(ProgressBar.line(0, 0, "passed", 80, Ansi.PLAIN)).isEqualTo("0 of 0 passed");
  }

  @Test
  void noneAndAllAreEmptyAndFull() {
    assertThat(ProgressBar.line(0, 13, "passed", 80, Ansi.PLAIN)).doesNotContain("█");
    assertThat(ProgressBar.line(13, 13, "passed", 80, Ansi.PLAIN)).doesNotContain("░");
  }

  @Test
  void colourPaintsTheBarOnly() {
    String line = ProgressBar.line(1, 2, "passed", 40, Ansi.COLOR);

    assertThat(line).contains("\u001b[32m█").endsWith(" 1 of 2 passed");
    assertThat(TextWrap.displayWidth(line)).isLessThanOrEqualTo(40);
  }
}
