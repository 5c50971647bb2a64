package dev.stagecraft.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds heredoc markers ({@code <<EOF}, {@code <<-EOF}, {@code <<'EOF'}, {@code 3<<EOF}) among the
 * words of an instruction and reads their bodies from the following lines. Bodies are never read as
 * instructions.
 */
final class HeredocReader {
  /** A marker found on the instruction line. */
  record Marker(String delimiter, boolean stripTabs, boolean quoted) {}

  /** The bodies read and the 0-based index of the last line consumed. */
  record Result(List<Heredoc> heredocs, int lastLine, Optional<String> unterminated) {}

  private HeredocReader() {}

  static List<Marker> markers(String arguments) {
    if (!arguments.contains("<<")) {
      return List.of();
    }
    List<Marker> markers = new ArrayList<>();
    for (String word : ShellWords.splitRaw(arguments)) {
      marker(word).ifPresent(markers::add);
    }
    return markers;
  }

  /** A word such as {@code <<EOF}, {@code <<-"END"} or {@code 2<<EOF} is a heredoc marker. */
  static Optional<Marker> marker(String word) {
    int i = 0;
    while (i < word.length() && word.charAt(i) >= '0' && word.charAt(i) <= '9') {
      i++;
    }
    if (!word.startsWith("<<", i)) {
      return Optional.empty();
    }
    i += 2;
    boolean stripTabs = i < word.length() && word.charAt(i) == '-';
    if (stripTabs) {
      i++;
    }
    String rest = word.substring(i);
    if (rest.isEmpty() || rest.indexOf('<') >= 0) {
      return Optional.empty();
    }
    boolean quoted = rest.indexOf('\'') >= 0 || rest.indexOf('"') >= 0 || rest.indexOf('\\') >= 0;
    List<String> words = ShellWords.split(rest);
    if (words.size() != 1 || words.get(0).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Marker(words.get(0), stripTabs, quoted));
  }

  /** Reads one body per marker, starting on the line after {@code lastLine}. */
  static Result read(SourceLines lines, int lastLine, List<Marker> markers) {
    List<Heredoc> heredocs = new ArrayList<>();
    int current = lastLine;
    for (Marker marker : markers) {
      StringBuilder body = new StringBuilder();
      boolean terminated = false;
      while (current + 1 < lines.size()) {
        current++;
        String line = lines.line(current);
        if (marker.stripTabs()) {
          line = stripLeadingTabs(line);
        }
        if (line.equals(marker.delimiter())) {
          terminated = true;
          break;
        }
        body.append(line).append('\n');
      }
      heredocs.add(
          new Heredoc(marker.delimiter(), body.toString(), marker.stripTabs(), marker.quoted()));
      if (!terminated) {
        return new Result(heredocs, current, Optional.of(marker.delimiter()));
      }
    }
    return new Result(heredocs, current, Optional.empty());
  }

  private static String stripLeadingTabs(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == '\t') {
      i++;
    }
    return line.substring(i);
  }
}
