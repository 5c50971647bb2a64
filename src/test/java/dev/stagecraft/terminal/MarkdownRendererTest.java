package dev.stagecraft.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.course.Course;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.course.Lesson;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownRendererTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  private List<String> plain(String markdown, int width) {
    return Arrays.asList(renderer.render(markdown, width, false).split("\n", -1));
  }

  @Test
  void paragraphsAreWrappedToTheWidth() {
    String text = "word ".repeat(40);

    List<String> lines = plain(text, 30);

    assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(30));
    assertThat(String.join(" ", lines).trim().split("\\s+")).hasSize(40);
  }

  @Test
  void headingsGetRulesAndStyles() {
    String md = "# Title\n\n## Section\n\n### Small\n";

    assertThat(plain(md, 40))
        .containsSequence("Title", "━".repeat(40))
        .containsSequence("Section", "───────")
        .contains("Small");
    String colored = renderer.render(md, 40, true);
    assertThat(colored).contains(Ansi.COLOR.paint("Title", Style.BOLD, Style.CYAN));
    assertThat(colored).contains(Ansi.COLOR.paint("Section", Style.BOLD, Style.GREEN));
  }

  @Test
  void listsHangTheirIndentAndNest() {
    String md =
        "- first item that is long enough to wrap around\n"
            + "  - nested one\n"
            + "- second\n\n"
            + "9. nine\n"
            + "10. ten\n";

    List<String> lines = plain(md, 24);

    assertThat(lines)
        .containsSequence(
            "• first item that is",
            "  long enough to wrap",
            "  around",
            "  ◦ nested one",
            "• second")
        .containsSequence(" 9. nine", "10. ten");
  }

  @Test
  void inlineStylesAndLinks() {
    String md = "Use `COPY --from`, *really* **now**, ~~never~~ see [docs](https://example.org/d).";

    String plainText = renderer.render(md, 80, false);
    String colored = renderer.render(md, 80, true);

    assertThat(plainText)
        .isEqualTo(
            "Use `COPY --from`, _really_ now, ~~never~~ see docs (https://example.org/d).\n");
    assertThat(colored)
        .contains(Ansi.COLOR.paint("COPY --from", Style.CYAN))
        .contains(Ansi.COLOR.paint("really", Style.ITALIC))
        .contains(Ansi.COLOR.paint("now", Style.BOLD))
        .contains(Ansi.COLOR.paint("docs", Style.UNDERLINE));
    assertThat(Ansi.strip(colored)).contains("see docs (https://example.org/d)");
  }

  @Test
  void nestedInlineStylesComeBackAfterTheInnerOne() {
    String colored = renderer.render("**bold `code` still bold**", 80, true);

    assertThat(colored)
        .isEqualTo(
            "\u001b[1mbold \u001b[36mcode"
                + Ansi.RESET
                + "\u001b[1m still bold"
                + Ansi.RESET
                + "\n");
  }

  @Test
  void blockQuotesGetABar() {
    assertThat(plain("> quoted words here\n", 80)).contains("▌ quoted words here");
  }

  @Test
  void fencedDockerfileIsFramedAndHighlighted() {
    String md = "```dockerfile\nFROM scratch AS final\nCOPY --from=build /a /a\n```\n";

    List<String> lines = plain(md, 40);
    String colored = renderer.render(md, 40, true);

    assertThat(lines.get(0)).startsWith("┌─ dockerfile ─");
    assertThat(lines).contains("│ FROM scratch AS final", "│ COPY --from=build /a /a");
    assertThat(lines.get(3)).startsWith("└─");
    assertThat(colored).contains(Ansi.COLOR.paint("FROM", Style.BOLD, Style.CYAN));
    assertThat(colored).contains(Ansi.COLOR.paint("final", Style.BOLD, Style.MAGENTA));
  }

  @Test
  void otherLanguagesAreFramedButPlain() {
    String colored = renderer.render("```sh\nRUN this\n```\n", 40, true);

    assertThat(colored)
        .contains("RUN this")
        .doesNotContain(Ansi.COLOR.paint("RUN", Style.BOLD, Style.CYAN));
  }

  @Test
  void longCodeLinesAreBrokenWithAMark() {
    List<String> lines = plain("```\n" + "x ".repeat(30) + "\n```\n", 24);

    assertThat(lines)
        .allSatisfy(line -> assertThat(TextWrap.displayWidth(line)).isLessThanOrEqualTo(24));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("│ ↪ "));
  }

  @Test
  void tablesGetBordersAndFitTheWidth() {
    String md =
        "| Base | Shell | Notes |\n|---|:---:|---:|\n"
            + "| scratch | no | nothing at all, not even certificates or a passwd file |\n"
            + "| alpine | yes | small |\n";

    List<String> lines = plain(md, 40).stream().filter(l -> !l.isEmpty()).toList();

    assertThat(lines.get(0)).startsWith("┌").endsWith("┐").contains("┬");
    assertThat(lines.get(2)).startsWith("├").contains("┼");
    assertThat(lines.get(lines.size() - 1)).startsWith("└").endsWith("┘");
    assertThat(lines)
        .allSatisfy(
            line -> assertThat(TextWrap.displayWidth(line)).isEqualTo(lines.get(0).length()));
    assertThat(lines.get(0).length()).isLessThanOrEqualTo(40);
    assertThat(lines.get(1)).contains("Base").contains("Shell");
    assertThat(String.join("\n", lines)).contains("│ alpine  │  yes  │");
  }

  @Test
  void htmlCommentsAreInvisible() {
    assertThat(renderer.render("<!-- marker -->\n\nText\n", 40, false)).isEqualTo("Text\n");
  }

  @Test
  void asciiGlyphsForOutputsThatCannotEncodeBoxDrawing() {
    String out =
        new MarkdownRenderer(Glyphs.ASCII)
            .render("# T\n\n- a\n\n| x | y |\n|---|---|\n| 1 | 2 |\n", 20, false);

    assertThat(out).contains("* a", "+---+---+", "| 1 | 2 |", "=".repeat(20));
    assertThat(out.chars().allMatch(c -> c < 128)).isTrue();
  }

  static Stream<Arguments> lessonsAtWidths() throws CourseException {
    Course course = Course.load(Course.defaultHome());
    return course.lessons().stream()
        .flatMap(
            lesson ->
                Stream.of(20, 40, 63, 80, 132)
                    .flatMap(
                        w ->
                            Stream.of(
                                Arguments.of(lesson, w, false), Arguments.of(lesson, w, true))));
  }

  /** The shipped lessons render within any width, and plain output has no escape codes. */
  @ParameterizedTest(name = "{0} at {1} columns, color {2}")
  @MethodSource("lessonsAtWidths")
  void realLessonsFitTheWidth(Lesson lesson, int width, boolean color) {
    String out = renderer.render(lesson.markdown(), width, color);

    for (String line : out.split("\n")) {
      assertThat(TextWrap.displayWidth(line)).as(line).isLessThanOrEqualTo(width);
      assertThat(Ansi.strip(line)).as("trailing blanks in %s", line).doesNotEndWith(" ");
    }
    if (!color) {
      assertThat(out).doesNotContain("\u001b");
    } else {
      assertThat(out).contains("\u001b[");
    }
    assertThat(out).doesNotContain("<!--");
  }
}
