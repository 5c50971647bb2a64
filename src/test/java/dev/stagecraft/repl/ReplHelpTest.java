package dev.stagecraft.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.terminal.TextWrap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code help} lists the navigation commands in the one two-column layout, at any width. */
class ReplHelpTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} columns")
  @ValueSource(ints = {80, 60})
  void navigationCommandsShareTheLayout(int columns) throws Exception {
    String screen = ReplHarness.inCopy(dir).session("help\nquit\n", columns).replace("\r", "");
    List<String> rows = screen.lines().filter(l -> l.startsWith("  ") && !l.isBlank()).toList();
    int summaryColumn = rows.get(0).indexOf("show this list");

    for (String usage : List.of("lesson [N]", "next", "prev", "goto N|ID", "exercises")) {
      String row =
          rows.stream().filter(r -> r.startsWith("  " + usage + " ")).findFirst().orElseThrow();
      assertThat(row.charAt(summaryColumn - 1)).as(row).isEqualTo(' ');
      assertThat(row.charAt(summaryColumn)).as(row).isNotEqualTo(' ');
    }
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(TextWrap.displayWidth(r)).isLessThanOrEqualTo(columns);
              assertThat(r.substring(0, summaryColumn).isBlank() || r.startsWith("  ")).isTrue();
            });
    assertThat(rows.stream().filter(r -> r.substring(0, summaryColumn).isBlank()))
        .as("continuation lines start in the summary column")
        .allSatisfy(r -> assertThat(r.charAt(summaryColumn)).isNotEqualTo(' '));
  }

  @Test
  void colourNeedsATerminalThatShowsItAndNoNoColor() {
    assertThat(Repl.colorFor("xterm-256color", Map.of())).isTrue();
    assertThat(Repl.colorFor("xterm-256color", Map.of("NO_COLOR", ""))).isFalse();
    assertThat(Repl.colorFor("dumb", Map.of())).isFalse();
    assertThat(Repl.colorFor("dumb-color", Map.of())).isFalse();
  }
}
