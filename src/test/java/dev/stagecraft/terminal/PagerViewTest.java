package dev.stagecraft.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagerViewTest {

  private static final List<String> TWENTY =
      IntStream.rangeClosed(1, 20).mapToObj(i -> "line " + i).toList();

  @Test
  void pagesStopAtTheLastFullScreen() {
    PagerView view = new PagerView(TWENTY, 8, 0);

    view.nextPage();
    assertThat(view.top()).isEqualTo(8);
    view.nextPage();
    assertThat(view.top()).isEqualTo(12);
    assertThat(view.atEnd()).isTrue();
    assertThat(view.visible()).endsWith("line 20").hasSize(8);
    view.previousPage();
    view.previousPage();
    assertThat(view.top()).isZero();
    view.lineUp();
    assertThat(view.top()).isZero();
  }

  @Test
  void aStartPastTheEndIsClamped() {
    assertThat(new PagerView(TWENTY, 8, 500).top()).isEqualTo(12);
    assertThat(new PagerView(TWENTY, 8, -3).top()).isZero();
    assertThat(new PagerView(List.of(), 8, 3).visible()).isEmpty();
  }

  @Test
  void aMatchNearTheEndIsFoundOnceNotForever() {
    PagerView view = new PagerView(TWENTY, 8, 0);

    assertThat(view.search("line 18")).isTrue();
    assertThat(view.top()).isEqualTo(12);
    assertThat(view.match()).contains(17);
    assertThat(view.searchAgain()).isFalse();
  }

  @Test
  void searchIgnoresColour() {
    PagerView view = new PagerView(List.of("a", "b", "\u001b[1mFROM\u001b[0m golang", "d"), 1, 0);

    assertThat(view.search("from golang")).isTrue();
    assertThat(view.top()).isEqualTo(2);
  }

  @Test
  void aQueryWithACapitalMatchesCaseSmallLettersMatchAny() {
    List<String> text = List.of("title", "the user", "USER 65532", "end");

    PagerView anyCase = new PagerView(text, 1, 0);
    assertThat(anyCase.search("user")).isTrue();
    assertThat(anyCase.top()).isEqualTo(1);

    PagerView exact = new PagerView(text, 1, 0);
    assertThat(exact.search("USER")).isTrue();
    assertThat(exact.top()).isEqualTo(2);
  }

  @Test
  void layingOutAgainKeepsThePlaceAndTheSearch() {
    PagerView view = new PagerView(TWENTY, 5, 0);
    view.search("line 11");
    List<String> forty = IntStream.rangeClosed(1, 40).mapToObj(i -> "row " + i).toList();

    PagerView wider = view.relaidOut(forty, 5);

    assertThat(wider.top()).isEqualTo(20);
    assertThat(wider.lastSearch()).contains("line 11");
  }

  @Test
  void aResizeKeepsTheTopLine() {
    PagerView view = new PagerView(TWENTY, 5, 10);
    view.resize(3);
    assertThat(view.top()).isEqualTo(10);
    view.resize(15);
    assertThat(view.top()).isEqualTo(5);
  }
}
