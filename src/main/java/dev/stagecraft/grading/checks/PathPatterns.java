package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.FileFact;
import dev.stagecraft.facts.FileKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which image paths a list of simple patterns names, as the file checks take them:
 *
 * <ul>
 *   <li>{@code *.go}, {@code id_rsa}: a file whose name matches ({@code *} and {@code ?} as in a
 *       shell);
 *   <li>{@code src/}, {@code .git/}: a directory with that name, anywhere;
 *   <li>{@code .aws/credentials}: a path ending with those parts;
 * </ul>
 *
 * and which paths a list of places leaves out: an absolute prefix ({@code /usr/share}) covers
 * everything under it; a directory name ({@code node_modules/}) covers everything under any
 * directory so named.
 */
final class PathPatterns {

  private record Rule(String text, Pattern name, boolean directory, List<String> parents) {}

  private final List<Rule> rules;

  private PathPatterns(List<Rule> rules) {
    this.rules = rules;
  }

  static PathPatterns of(List<String> patterns) {
    List<Rule> rules = new ArrayList<>();
    for (String p : patterns) {
      boolean directory = p.endsWith("/");
      String body = directory ? p.substring(0, p.length() - 1) : p;
      List<String> parts = List.of(body.split("/"));
      String last = parts.get(parts.size() - 1);
      rules.add(
          new Rule(p, glob(last), directory, List.copyOf(parts.subList(0, parts.size() - 1))));
    }
    return new PathPatterns(List.copyOf(rules));
  }

  /** The pattern that names this entry, if any. */
  Optional<String> match(FileFact fact) {
    String[] parts = fact.path().split("/");
    if (parts.length == 0) {
      return Optional.empty();
    }
    String name = parts[parts.length - 1];
    for (Rule rule : rules) {
      boolean kindOk =
          rule.directory() ? fact.kind() == FileKind.DIRECTORY : fact.kind() != FileKind.DIRECTORY;
      if (!kindOk || !rule.name().matcher(name).matches()) {
        continue;
      }
      if (endsWith(parts, rule.parents())) {
        return Optional.of(rule.text());
      }
    }
    return Optional.empty();
  }

  /** True when the path lies in one of the places: under a prefix or a directory so named. */
  static boolean isUnder(String path, Collection<String> places) {
    for (String place : places) {
      if (place.startsWith("/")) {
        String prefix = place.endsWith("/") ? place : place + "/";
        if (path.startsWith(prefix) || path.equals(place)) {
          return true;
        }
      } else {
        String dir = place.endsWith("/") ? place.substring(0, place.length() - 1) : place;
        if (path.contains("/" + dir + "/")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean endsWith(String[] parts, List<String> parents) {
    int offset = parts.length - 1 - parents.size();
    if (offset < 1) {
      return parents.isEmpty();
    }
    for (int i = 0; i < parents.size(); i++) {
      if (!parents.get(i).equals(parts[offset + i])) {
        return false;
      }
    }
    return true;
  }

  private static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> regex.append("[^/]*");
        case '?' -> regex.append("[^/]");
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
