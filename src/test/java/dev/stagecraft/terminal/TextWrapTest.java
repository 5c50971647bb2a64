package dev.stagecraft.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TextWrapTest {

  private static final Ansi COLOR = Ansi.COLOR;

  @Test
  void wrapsAtSpacesWithinTheWidth() {
    assertThat(TextWrap.wrap("the quick brown fox jumps over the lazy dog", 10))
        .containsExactly("the quick", "brown fox", "jumps over", "the lazy", "dog");
  }

  @Test
  void escapesTakeNoRoom() {
    String text = COLOR.bold("the") + " " + COLOR.red("quick") + " brown";

    List<String> lines = TextWrap.wrap(text, 9);

    assertThat(lines).hasSize(2);
    assertThat(Ansi.strip(lines.get(0))).isEqualTo("the quick");
    assertThat(Ansi.strip(lines.get(1))).isEqualTo("brown");
  }

  @Test
  void aStyleSpanningABreakIsClosedAndReopened() {
    String text = COLOR.paint("one two three", Style.BOLD, Style.RED);

    List<String> lines = TextWrap.wrap(text, 7);

    assertThat(lines).containsExactly("\u001b[1;31mone two\u001b[0m", "\u001b[1;31mthree\u001b[0m");
  }

  @Test
  void aWordWiderThanTheLineIsSplit() {
    assertThat(TextWrap.wrap("a abcdefghij b", 4)).containsExactly("a", "abcd", "efgh", "ij b");
  }

  @Test
  void hardBreaksAndIndentationAreKept() {
    assertThat(TextWrap.wrap("  indented line\nnext", 40))
        .containsExactly("  indented line", "next");
    assertThat(TextWrap.wrap("", 10)).containsExactly("");
  }

  @Test
  void displayWidthCountsWideAndZeroWidthCharacters() {
    assertThat(TextWrap.displayWidth("abc")).isEqualTo(3);
    assertThat(TextWrap.displayWidth("\u001b[1;36mabc\u001b[0m")).isEqualTo(3);
    assertThat(TextWrap.displayWidth("日本")).isEqualTo(4);
    assertThat(TextWrap.displayWidth("e\u0301")).isEqualTo(1);
    assertThat(TextWrap.displayWidth("🐳")).isEqualTo(2);
    assertThat(TextWrap.padRight("日本", 6)).isEqualTo("日本  ");
    assertThat(TextWrap.padLeft(COLOR.bold("ab"), 4)).isEqualTo("  " + COLOR.bold("ab"));
    assertThat(TextWrap.center("ab", 5)).isEqualTo(" ab  ");
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 60).mapToObj(i -> 0x5eed_0000L + i);
  }

  /** Random words, some styled, some wide: no line exceeds the width and no word is lost. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomTextNeverExceedsTheWidthAndKeepsEveryCharacter(long seed) {
    Random random = new Random(seed);
    int width = 2 + random.nextInt(40);
    String[] pieces = {"a", "go", "stage", "multi-stage", "日本語", "🐳", "x".repeat(50), "é"};
    Style[] styles = Style.values();
    StringBuilder text = new StringBuilder();
    List<String> words = new ArrayList<>();
    int count = random.nextInt(40);
    for (int i = 0; i < count; i++) {
      String word = pieces[random.nextInt(pieces.length)];
      words.add(word);
      String styled =
          random.nextInt(3) == 0 ? COLOR.paint(word, styles[random.nextInt(styles.length)]) : word;
      text.append(styled).append(random.nextInt(5) == 0 ? "   " : " ");
    }

    List<String> lines = TextWrap.wrap(text.toString(), width);

    for (String line : lines) {
      assertThat(TextWrap.displayWidth(line)).as("line %s", line).isLessThanOrEqualTo(width);
      assertThat(line).doesNotEndWith(" ");
      java.util.regex.Matcher sgr =
          java.util.regex.Pattern.compile("\u001b\\[[0-9;]*m").matcher(line);
      String last = "";
      while (sgr.find()) {
        last = sgr.group();
      }
      assertThat(last).as("no style is left on at the end of %s", line).isIn("", Ansi.RESET);
    }
    String joined = String.join("", lines.stream().map(Ansi::strip).toList()).replace(" ", "");
    assertThat(joined).isEqualTo(String.join("", words));
  }
}
