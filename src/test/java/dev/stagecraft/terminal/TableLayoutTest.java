package dev.stagecraft.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableLayoutTest {

  private final TableLayout layout = new TableLayout(Glyphs.UNICODE, Ansi.PLAIN);

  @Test
  void naturalWidthsWhenTheTableFits() {
    List<String> lines =
        layout.render(
            List.of("a", "bb"),
            List.of(List.of("ccc", "d")),
            List.of(TableLayout.Align.LEFT, TableLayout.Align.RIGHT),
            80);

    assertThat(lines)
        .containsExactly(
            "┌─────┬────┐", "│ a   │ bb │", "├─────┼────┤", "│ ccc │  d │", "└─────┴────┘");
  }

  @Test
  void narrowWidthsWrapCellsAndKeepEveryBorderAligned() {
    List<String> lines =
        layout.render(
            List.of("Name", "Description"),
            List.of(
                List.of("scratch", "an empty image with no files, no shell and no libraries"),
                List.of(
                    "distroless", "certificates, time zones and a passwd file, still no shell")),
            List.of(),
            36);

    assertThat(lines).allSatisfy(line -> assertThat(TextWrap.displayWidth(line)).isEqualTo(36));
    assertThat(lines).contains("│ scratch    │ an empty image with │");
    assertThat(lines.stream().filter(l -> l.startsWith("├")).count())
        .as("tall rows get separators")
        .isEqualTo(2);
  }

  @Test
  void spareRoomGoesWhereItSavesLines() {
    List<List<String>> rows =
        List.of(
            List.of("label", "x"),
            List.of("a much longer label that wraps", "short"),
            List.of("l", "a value that also wants room"));

    int[] widths = TableLayout.columnWidths(rows, 2, 40);

    assertThat(widths[0] + widths[1]).isLessThanOrEqualTo(40 - 7);
    assertThat(widths[0]).isGreaterThanOrEqualTo("longer".length());
    assertThat(widths[1]).isGreaterThanOrEqualTo("value".length());
  }

  @Test
  void cjkCellsArePaddedByDisplayWidth() {
    List<String> lines =
        layout.render(List.of("名前", "x"), List.of(List.of("ab", "y")), List.of(), 80);

    assertThat(lines.get(1)).isEqualTo("│ 名前 │ x │");
    assertThat(lines.get(3)).isEqualTo("│ ab   │ y │");
  }

  @Test
  void aTableTooWideForAnyColumnLayoutIsStacked() {
    List<String> lines =
        layout.render(
            List.of("A", "B", "C", "D", "E"),
            List.of(List.of("1", "2", "3", "4", "a long value here")),
            List.of(),
            20);

    assertThat(lines)
        .containsExactly(
            "─".repeat(20),
            "A: 1",
            "B: 2",
            "C: 3",
            "D: 4",
            "E: a long value",
            "  here",
            "─".repeat(20));
  }
}
