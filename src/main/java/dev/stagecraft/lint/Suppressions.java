package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Comment;
import dev.stagecraft.dockerfile.Dockerfile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Inline suppressions. {@code # stagecraft-ignore RULE[,RULE...]} in the comment lines directly
 * above an instruction silences those rules on that instruction (no rule ids: all rules); {@code #
 * stagecraft-ignore-file RULE[,RULE...]} anywhere silences them in the whole file. A comment at the
 * end of an instruction line is not used, because Docker passes such text on to the instruction.
 */
final class Suppressions {
  static final String LINE_MARKER = "stagecraft-ignore";
  static final String FILE_MARKER = "stagecraft-ignore-file";
  private static final String ALL = "*";

  private final Map<Integer, Set<String>> byLine = new HashMap<>();
  private final Map<Integer, Set<String>> aboveLine = new HashMap<>();
  private final Set<String> fileWide = new HashSet<>();

  private Suppressions() {}

  static Suppressions of(Dockerfile dockerfile) {
    Suppressions s = new Suppressions();
    for (Comment comment : dockerfile.comments()) {
      String text = comment.text();
      String lower = text.toLowerCase(Locale.ROOT);
      if (lower.startsWith(FILE_MARKER)) {
        s.fileWide.addAll(ids(text.substring(FILE_MARKER.length())));
      } else if (lower.startsWith(LINE_MARKER)) {
        s.byLine.put(comment.line(), ids(text.substring(LINE_MARKER.length())));
      }
    }
    return s;
  }

  private static Set<String> ids(String rest) {
    Set<String> ids = new HashSet<>();
    for (String part : rest.split("[\\s,]+")) {
      if (!part.isEmpty()) {
        ids.add(part.toLowerCase(Locale.ROOT));
      }
    }
    if (ids.isEmpty()) {
      ids.add(ALL);
    }
    return ids;
  }

  /** True when the finding is silenced; {@code commentLines} are the lines holding comments. */
  boolean silences(Finding finding, Set<Integer> commentLines) {
    String id = finding.ruleId().toLowerCase(Locale.ROOT);
    if (fileWide.contains(id) || fileWide.contains(ALL)) {
      return true;
    }
    Set<String> ids = aboveLine.computeIfAbsent(finding.line(), l -> collectAbove(l, commentLines));
    return ids.contains(id) || ids.contains(ALL);
  }

  /** The ids named in the block of comment lines directly above {@code line}. */
  private Set<String> collectAbove(int line, Set<Integer> commentLines) {
    Set<String> ids = new HashSet<>();
    for (int l = line - 1; commentLines.contains(l); l--) {
      ids.addAll(byLine.getOrDefault(l, Set.of()));
    }
    return ids;
  }

  static Set<Integer> commentLines(List<Comment> comments) {
    Set<Integer> lines = new HashSet<>();
    for (Comment c : comments) {
      lines.add(c.line());
    }
    return lines;
  }
}
