package dev.stagecraft.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.terminal.UnifiedDiff.Edit;
import dev.stagecraft.terminal.UnifiedDiff.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected hunks were taken from GNU {@code diff -u} on the same inputs. */
class UnifiedDiffTest {

  private static List<String> body(String before, String after) {
    List<String> diff = UnifiedDiff.unified("yours", before, "reference", after);
    assertThat(diff.subList(0, 2)).containsExactly("--- yours", "+++ reference");
    return diff.subList(2, diff.size());
  }

  @Test
  void equalTextsHaveNoDiff() {
    assertThat(UnifiedDiff.unified("a", "FROM x\nRUN y\n", "b", "FROM x\nRUN y")).isEmpty();
    assertThat(UnifiedDiff.unified("a", "", "b", "")).isEmpty();
  }

  @Test
  void theEditIsTheShortestOne() {
    List<Edit> edits = UnifiedDiff.edits(List.of("a", "b", "c"), List.of("a", "c", "d"));

    assertThat(edits)
        .containsExactly(
            new Edit(Kind.SAME, "a"),
            new Edit(Kind.REMOVED, "b"),
            new Edit(Kind.SAME, "c"),
            new Edit(Kind.ADDED, "d"));
  }

  @Test
  void distantChangesMakeTwoHunksWithThreeLinesOfContext() {
    String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n";
    String after = "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn\n";

    assertThat(body(before, after))
        .containsExactly(
            "@@ -1,5 +1,5 @@",
            " a",
            "-b",
            "+B",
            " c",
            " d",
            " e",
            "@@ -11,3 +11,4 @@",
            " k",
            " l",
            " m",
            "+n");
  }

  @Test
  void nearChangesShareOneHunk() {
    assertThat(body("a\nb\nc\nd\ne\nf\n", "a\nc\nd\ne\nF\nf\n"))
        .containsExactly("@@ -1,6 +1,6 @@", " a", "-b", " c", " d", " e", "+F", " f");
  }

  @Test
  void anEmptyFileIsAllAdditions() {
    assertThat(body("", "FROM a\nRUN b\n")).containsExactly("@@ -0,0 +1,2 @@", "+FROM a", "+RUN b");
    assertThat(body("FROM a\n", "")).containsExactly("@@ -1 +0,0 @@", "-FROM a");
  }

  @Test
  void windowsLineEndsAreTheSameLines() {
    assertThat(UnifiedDiff.unified("a", "FROM x\r\nRUN y\r\n", "b", "FROM x\nRUN y\n")).isEmpty();
  }
}
