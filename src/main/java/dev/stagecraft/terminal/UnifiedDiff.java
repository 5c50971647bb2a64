package dev.stagecraft.terminal;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff in the unified format of {@code diff -u}, from a longest common subsequence. The
 * files it compares are Dockerfiles of a few dozen lines, so the plain quadratic table is small and
 * its result is the shortest edit, which reads best.
 */
public final class UnifiedDiff {

  /** Lines of unchanged text shown around each change. */
  public static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** What happened to one line. */
  public enum Kind {
    SAME(' '),
    REMOVED('-'),
    ADDED('+');

    private final char mark;

    Kind(char mark) {
      this.mark = mark;
    }

    /** The character that starts the line in a unified diff. */
    public char mark() {
      return mark;
    }
  }

  /** One line of the edit from the old text to the new. */
  public record Edit(Kind kind, String text) {}

  /** The edit turning {@code before} into {@code after}, line by line, shortest first. */
  public static List<Edit> edits(List<String> before, List<String> after) {
    int n = before.size();
    int m = after.size();
    // common[i][j]: length of the longest common subsequence of before[i..] and after[j..].
    int[][] common = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] =
            before.get(i).equals(after.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Edit> edits = new ArrayList<>(n + m);
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (before.get(i).equals(after.get(j))) {
        edits.add(new Edit(Kind.SAME, before.get(i++)));
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        edits.add(new Edit(Kind.REMOVED, before.get(i++)));
      } else {
        edits.add(new Edit(Kind.ADDED, after.get(j++)));
      }
    }
    while (i < n) {
      edits.add(new Edit(Kind.REMOVED, before.get(i++)));
    }
    while (j < m) {
      edits.add(new Edit(Kind.ADDED, after.get(j++)));
    }
    return edits;
  }

  /**
   * The unified diff of two texts: the {@code ---}/{@code +++} header, then hunks with {@link
   * #CONTEXT} lines around each change. Empty when the texts have the same lines.
   */
  public static List<String> unified(
      String beforeName, String before, String afterName, String after) {
    List<String> a = before.lines().toList();
    List<String> b = after.lines().toList();
    List<Edit> edits = edits(a, b);
    if (edits.stream().allMatch(e -> e.kind() == Kind.SAME)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    out.add("--- " + beforeName);
    out.add("+++ " + afterName);
    int start = 0;
    while (true) {
      int firstChange = nextChange(edits, start);
      if (firstChange < 0) {
        break;
      }
      int from = Math.max(start, firstChange - CONTEXT);
      int to = hunkEnd(edits, firstChange);
      hunk(edits, from, to, out);
      start = to;
    }
    return out;
  }

  private static int nextChange(List<Edit> edits, int from) {
    for (int k = from; k < edits.size(); k++) {
      if (edits.get(k).kind() != Kind.SAME) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Where the hunk that starts changing at {@code change} ends (exclusive): changes closer than
   * twice the context join one hunk, as {@code diff -u} does.
   */
  private static int hunkEnd(List<Edit> edits, int change) {
    int lastChange = change;
    int k = change + 1;
    while (k < edits.size()) {
      if (edits.get(k).kind() != Kind.SAME) {
        lastChange = k;
      } else if (k - lastChange > 2 * CONTEXT) {
        break;
      }
      k++;
    }
    return Math.min(edits.size(), lastChange + CONTEXT + 1);
  }

  private static void hunk(List<Edit> edits, int from, int to, List<String> out) {
    int beforeLine = 1;
    int afterLine = 1;
    for (int k = 0; k < from; k++) {
      Kind kind = edits.get(k).kind();
      beforeLine += kind == Kind.ADDED ? 0 : 1;
      afterLine += kind == Kind.REMOVED ? 0 : 1;
    }
    int beforeCount = 0;
    int afterCount = 0;
    List<String> body = new ArrayList<>();
    for (Edit edit : edits.subList(from, to)) {
      beforeCount += edit.kind() == Kind.ADDED ? 0 : 1;
      afterCount += edit.kind() == Kind.REMOVED ? 0 : 1;
      body.add(edit.kind().mark() + edit.text());
    }
    out.add("@@ -" + range(beforeLine, beforeCount) + " +" + range(afterLine, afterCount) + " @@");
    out.addAll(body);
  }

  /** A hunk's range as diff writes it: an empty side names the line before it. */
  private static String range(int start, int count) {
    if (count == 0) {
      return (start - 1) + ",0";
    }
    return count == 1 ? String.valueOf(start) : start + "," + count;
  }
}
