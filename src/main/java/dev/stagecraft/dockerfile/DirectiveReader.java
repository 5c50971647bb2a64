package dev.stagecraft.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the parser directives at the top of a file. Docker stops looking for them at the first line
 * that is not a known directive (a blank line, another comment, an instruction), so a directive
 * further down is an ordinary comment.
 */
final class DirectiveReader {
  static final Set<String> KNOWN = Set.of("syntax", "escape", "check");

  record Result(List<ParserDirective> directives, int firstLineAfter, char escape) {}

  private DirectiveReader() {}

  static Result read(SourceLines lines, List<ParseProblem> problems) {
    List<ParserDirective> directives = new ArrayList<>();
    char escape = '\\';
    int index = 0;
    while (index < lines.size()) {
      Optional<ParserDirective> directive = parse(lines.line(index), index + 1);
      if (directive.isEmpty() || !KNOWN.contains(directive.get().name())) {
        break;
      }
      ParserDirective d = directive.get();
      if (directives.stream().anyMatch(seen -> seen.name().equals(d.name()))) {
        problems.add(
            new ParseProblem(
                d.line(),
                "only one '"
                    + d.name()
                    + "' parser directive may be used; remove the repeated one"));
      } else {
        directives.add(d);
        if (d.name().equals("escape")) {
          if (d.value().equals("\\") || d.value().equals("`")) {
            escape = d.value().charAt(0);
          } else {
            problems.add(
                new ParseProblem(
                    d.line(),
                    "invalid escape character '"
                        + d.value()
                        + "': the escape directive accepts only \\ or `"));
          }
        }
      }
      index++;
    }
    return new Result(directives, index, escape);
  }

  /**
   * Parses {@code # name = value} without regular expressions, so a huge line costs one pass.
   * Returns empty when the line does not have that shape.
   */
  static Optional<ParserDirective> parse(String line, int lineNumber) {
    int i = skipSpaces(line, 0);
    if (i >= line.length() || line.charAt(i) != '#') {
      return Optional.empty();
    }
    i = skipSpaces(line, i + 1);
    int nameStart = i;
    if (i >= line.length() || !isAsciiLetter(line.charAt(i))) {
      return Optional.empty();
    }
    while (i < line.length() && (isAsciiLetter(line.charAt(i)) || isDigit(line.charAt(i)))) {
      i++;
    }
    String name = line.substring(nameStart, i).toLowerCase(Locale.ROOT);
    i = skipSpaces(line, i);
    if (i >= line.length() || line.charAt(i) != '=') {
      return Optional.empty();
    }
    String value = line.substring(i + 1).strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ParserDirective(name, value, lineNumber));
  }

  private static int skipSpaces(String s, int from) {
    int i = from;
    while (i < s.length() && SourceLines.isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
