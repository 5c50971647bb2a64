package dev.stagecraft.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/**
 * The pager driven by keys piped into a terminal 10 rows high (9 lines of text and a status line),
 * over 40 numbered lines. The screen shown last is what follows the last clear-screen sequence.
 */
class PagerTest {

  private static final String CLEAR = "\u001b[H\u001b[2J";
  private static final List<String> TEXT =
      IntStream.rangeClosed(1, 40)
          .mapToObj(i -> "line " + i + (i == 23 ? " FROM scratch" : ""))
          .toList();

  private record Run(int top, String lastScreen, String all) {}

  private static Run page(String keys, int top) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DumbTerminal terminal =
        new DumbTerminal(
            "test",
            "xterm",
            new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
            out,
            StandardCharsets.UTF_8)) {
      terminal.setSize(Size.of(60, 10));
      Pager pager = new Pager(terminal, Ansi.PLAIN);
      assertThat(pager.needed(TEXT.size())).isTrue();
      assertThat(pager.needed(9)).isFalse();
      int stopped = pager.page("lesson 3", TEXT, top).top();
      terminal.flush();
      String all = out.toString(StandardCharsets.UTF_8);
      return new Run(stopped, all.substring(all.lastIndexOf(CLEAR) + CLEAR.length()), all);
    }
  }

  private static List<String> screenLines(Run run) {
    return run.lastScreen().lines().toList();
  }

  @Test
  void theFirstPageShowsNineLinesAndWhereTheReaderIs() throws Exception {
    Run run = page("q", 0);

    assertThat(run.top()).isZero();
    assertThat(screenLines(run)).startsWith("line 1", "line 2").contains("line 9");
    assertThat(run.lastScreen()).doesNotContain("line 10\r");
    assertThat(screenLines(run).get(9)).startsWith("lesson 3 · 1-9 of 40 (22%)").contains("q quit");
  }

  @Test
  void aResizeLaysTheTextOutAgainAndKeepsThePlace() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PipedOutputStream keys = new PipedOutputStream();
    try (DumbTerminal terminal =
        new DumbTerminal(
            "test", "xterm", new PipedInputStream(keys), out, StandardCharsets.UTF_8)) {
      terminal.setSize(Size.of(60, 10));
      // 2400 columns of text: 40 lines at 60 columns, 60 lines at 40.
      IntFunction<List<String>> layout =
          width ->
              IntStream.range(0, 2400 / width).mapToObj(i -> "w" + width + " line " + i).toList();
      CompletableFuture<Pager.Stop> stop =
          CompletableFuture.supplyAsync(
              () -> new Pager(terminal, Ansi.PLAIN).page("lesson", layout, 0));
      keys.write('f');
      keys.flush();
      await(out, "10-18 of 40");

      terminal.setSize(Size.of(40, 10));
      terminal.raise(Terminal.Signal.WINCH);
      await(out, "14-22 of 60");
      keys.write('q');
      keys.flush();

      assertThat(stop.get(10, TimeUnit.SECONDS)).isEqualTo(new Pager.Stop(13, false, 60));
      String all = out.toString(StandardCharsets.UTF_8);
      assertThat(all.substring(all.lastIndexOf(CLEAR))).contains("w40 line 13");
    }
  }

  private static void await(ByteArrayOutputStream out, String text) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!out.toString(StandardCharsets.UTF_8).contains(text)) {
      assertThat(System.nanoTime()).as("waiting for " + text).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  @Test
  void theStatusLineSaysLessAboutKeysWhenNarrow() {
    PagerView view = new PagerView(TEXT, 9, 0);

    assertThat(Pager.status("lesson 3", view, "", 79))
        .isEqualTo("lesson 3 · 1-9 of 40 (22%) · space/b page, / search, q quit");
    assertThat(Pager.status("lesson 3", view, "", 50))
        .isEqualTo("lesson 3 · 1-9 of 40 (22%) · / search, q quit");
    assertThat(Pager.status("lesson 3", view, "", 30)).isEqualTo("lesson 3 · 1-9 of 40 (22%)");
    assertThat(Pager.status("lesson 3", view, "not found: x", 30))
        .isEqualTo("lesson 3 · 1-9 of 40 (22%) · not found: x");
  }

  @Test
  void spaceAndFGoForwardAPageAndBGoesBack() throws Exception {
    assertThat(page(" q", 0).top()).isEqualTo(9);
    assertThat(page(" fq", 0).top()).isEqualTo(18);
    Run back = page("  bq", 0);
    assertThat(back.top()).isEqualTo(9);
    assertThat(screenLines(back).get(0)).isEqualTo("line 10");
  }

  @Test
  void arrowsAndJkMoveALine() throws Exception {
    assertThat(page("\u001b[B\u001b[Bq", 0).top()).isEqualTo(2);
    assertThat(page("\u001bOBq", 0).top()).as("keypad mode").isEqualTo(1);
    assertThat(page("jjkq", 0).top()).isEqualTo(1);
    assertThat(page("\u001b[Aq", 5).top()).isEqualTo(4);
  }

  @Test
  void gAndCapitalGJumpToTheTopAndTheEnd() throws Exception {
    Run end = page("Gq", 0);
    assertThat(end.top()).isEqualTo(31);
    assertThat(screenLines(end)).contains("line 40");
    assertThat(screenLines(end).get(9)).contains("(end)");
    assertThat(page("Ggq", 0).top()).isZero();
    assertThat(page("G  q", 0).top()).as("no page past the end").isEqualTo(31);
  }

  @Test
  void slashSearchesAndNFindsTheNextMatch() throws Exception {
    Run found = page("/FROM scratch\rq", 0);
    assertThat(found.top()).isEqualTo(22);
    assertThat(screenLines(found).get(0)).isEqualTo("line 23 FROM scratch");

    assertThat(page("/line 3\rq", 0).top()).isEqualTo(2);
    assertThat(page("/line 3\rnq", 0).top()).as("line 30 is the next").isEqualTo(29);

    Run missing = page("/nowhere\rq", 4);
    assertThat(missing.top()).isEqualTo(4);
    assertThat(missing.lastScreen()).contains("not found: nowhere");
  }

  @Test
  void theReaderStartsWhereTheyStoppedAndEndOfInputQuits() throws Exception {
    Run resumed = page("", 12);
    assertThat(resumed.top()).isEqualTo(12);
    assertThat(screenLines(resumed).get(0)).isEqualTo("line 13");
  }

  @Test
  void thePagerUsesTheAlternateScreenAndLeavesIt() throws Exception {
    String all = page("q", 0).all();
    assertThat(all).contains("\u001b[?1049h").contains("\u001b[?1049l");
    assertThat(all.lines())
        .allSatisfy(l -> assertThat(TextWrap.displayWidth(l)).isLessThanOrEqualTo(60));
  }
}
