package dev.stagecraft.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of a {@code .dockerignore} file, matched as the docker CLI does: patterns are relative
 * to the context root, {@code *} and {@code ?} stay within one path segment, {@code **} spans any
 * number, a pattern that matches a directory excludes everything below it, {@code !} re-admits, and
 * the last matching rule wins.
 */
final class DockerIgnore {

  private record Rule(Pattern pattern, boolean exclude) {}

  private final List<Rule> rules;

  private DockerIgnore(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  static DockerIgnore none() {
    return new DockerIgnore(List.of());
  }

  static DockerIgnore parse(String text) {
    List<Rule> rules = new ArrayList<>();
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean exclude = !line.startsWith("!");
      String pattern = clean(exclude ? line : line.substring(1).strip());
      if (!pattern.isEmpty()) {
        rules.add(new Rule(Pattern.compile(toRegex(pattern)), exclude));
      }
    }
    return new DockerIgnore(rules);
  }

  /** True when {@code relativePath} (with '/' separators, no leading slash) is left out. */
  boolean excludes(String relativePath) {
    boolean excluded = false;
    for (Rule rule : rules) {
      if (matchesSelfOrParent(rule.pattern, relativePath)) {
        excluded = rule.exclude;
      }
    }
    return excluded;
  }

  /**
   * True when some rule re-admits paths ("!..."), so an excluded directory must still be walked.
   */
  boolean hasExceptions() {
    return rules.stream().anyMatch(rule -> !rule.exclude);
  }

  private static boolean matchesSelfOrParent(Pattern pattern, String path) {
    if (pattern.matcher(path).matches()) {
      return true;
    }
    int slash = path.indexOf('/');
    while (slash > 0) {
      if (pattern.matcher(path.substring(0, slash)).matches()) {
        return true;
      }
      slash = path.indexOf('/', slash + 1);
    }
    return false;
  }

  private static String clean(String pattern) {
    String p = pattern.replace('\\', '/');
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    while (p.endsWith("/") && p.length() > 1) {
      p = p.substring(0, p.length() - 1);
    }
    return p.equals(".") ? "" : p;
  }

  static String toRegex(String pattern) {
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
        i += 2;
        if (i < pattern.length() && pattern.charAt(i) == '/') {
          regex.append("(?:.*/)?");
          i++;
        } else {
          regex.append(".*");
        }
        continue;
      }
      switch (c) {
        case '*' -> regex.append("[^/]*");
        case '?' -> regex.append("[^/]");
        case '[' -> {
          int end = pattern.indexOf(']', i + 1);
          if (end < 0) {
            regex.append("\\[");
          } else {
            String set = pattern.substring(i + 1, end);
            regex
                .append('[')
                .append(set.startsWith("^") ? "^" + set.substring(1) : set)
                .append(']');
            i = end;
          }
        }
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
      i++;
    }
    return regex.toString();
  }
}
