package dev.stagecraft.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ForeignTextTest {

  @Test
  void aWindowTitleAndColoursAreShownNotObeyed() {
    String hostile = "\u001b]0;PWNED\u0007\u001b[31mhello\u001b[0m";
    assertThat(ForeignText.forTerminal(hostile))
        .isEqualTo("\\e]0;PWNED\\x07\\e[31mhello\\e[0m")
        .doesNotContain("\u001b");
  }

  @Test
  void clipboardWritesCursorMovesNulAndC1ControlsAreVisible() {
    String hostile = "a\u001b]52;c;cHduZWQ=\u0007b\u001b[2Ac\u0000d\u009b31me\r";
    String safe = ForeignText.forTerminal(hostile);
    assertThat(safe).isEqualTo("a\\e]52;c;cHduZWQ=\\x07b\\e[2Ac\\x00d\\u009b31me\\x0d");
  }

  @Test
  void newlinesTabsAndOrdinaryTextStay() {
    assertThat(ForeignText.forTerminal("go: unknown command biuld\n\tat line 2 — ✔ café"))
        .isEqualTo("go: unknown command biuld\n\tat line 2 — ✔ café");
  }

  @Test
  void bidiOverridesAndLoneSurrogatesCannotReorderOrBreakALine() {
    assertThat(ForeignText.forTerminal("ok\u202Egnp.exe\ud800"))
        .isEqualTo("ok\\u202egnp.exe\ufffd");
  }

  @Test
  void aTenMegabyteLineIsCutWithAMark() {
    String line = "x".repeat(10_000_000);
    String safe = ForeignText.forTerminal(line + "\nnext");
    assertThat(safe)
        .startsWith("x".repeat(ForeignText.MAX_LINE) + " … [")
        .contains((10_000_000 - ForeignText.MAX_LINE) + " more characters]")
        .endsWith("\nnext");
    assertThat(safe.length()).isLessThan(ForeignText.MAX_LINE + 100);
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 20).mapToObj(i -> 7919L * i + 13);
  }

  /** Whatever comes in, nothing a terminal would act on comes out. */
  @ParameterizedTest
  @MethodSource("seeds")
  void randomTextNeverCarriesAControlCharacterOut(long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      text.append((char) (random.nextBoolean() ? random.nextInt(0x100) : random.nextInt(0x10000)));
    }
    String safe = ForeignText.forTerminal(text.toString());
    safe.codePoints()
        .forEach(
            c ->
                assertThat(
                        c == '\n'
                            || c == '\t'
                            || (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f))
                                && !(c >= 0x202a && c <= 0x202e)
                                && !(c >= 0x2066 && c <= 0x2069)
                                && Character.getType(c) != Character.SURROGATE)
                    .as("U+%04X", c)
                    .isTrue());
  }
}
