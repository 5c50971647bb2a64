package dev.stagecraft.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class OutputModeTest {

  @Test
  void aTerminalGetsColourAndItsOwnWidth() {
    OutputMode mode =
        OutputMode.decide(
            true,
            Map.of("TERM", "xterm-256color", "COLUMNS", "99"),
            () -> OptionalInt.of(120),
            StandardCharsets.UTF_8);

    assertThat(mode).isEqualTo(new OutputMode(true, 120, Glyphs.UNICODE));
  }

  @Test
  void aPipeIsPlainAndUsesColumnsOrEighty() {
    assertThat(
            OutputMode.decide(
                false, Map.of("COLUMNS", "100"), this::unasked, StandardCharsets.UTF_8))
        .isEqualTo(new OutputMode(false, 100, Glyphs.UNICODE));
    assertThat(
            OutputMode.decide(
                    false, Map.of("COLUMNS", "wide"), this::unasked, StandardCharsets.UTF_8)
                .width())
        .isEqualTo(80);
  }

  @Test
  void dumbTerminalsAndNoColorGetNoColour() {
    assertThat(
            OutputMode.decide(
                    true, Map.of("TERM", "dumb"), OptionalInt::empty, StandardCharsets.UTF_8)
                .color())
        .isFalse();
    assertThat(
            OutputMode.decide(
                    true, Map.of("NO_COLOR", "1"), OptionalInt::empty, StandardCharsets.UTF_8)
                .color())
        .isFalse();
    assertThat(
            OutputMode.decide(true, Map.of(), OptionalInt::empty, StandardCharsets.UTF_8).width())
        .isEqualTo(80);
  }

  @Test
  void anAsciiOutputGetsAsciiGlyphs() {
    assertThat(
            OutputMode.decide(false, Map.of(), this::unasked, StandardCharsets.US_ASCII).glyphs())
        .isEqualTo(Glyphs.ASCII);
  }

  private OptionalInt unasked() {
    throw new AssertionError("a pipe has no terminal width to ask for");
  }
}
