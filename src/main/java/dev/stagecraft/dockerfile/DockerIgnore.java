package dev.stagecraft.dockerfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of a {@code .dockerignore} file, matched as the docker CLI matches them (moby's
 * patternmatcher, which builds the context the engine receives). The one matcher of stagecraft: the
 * engine packs contexts with it and lint judges them with it, so the two cannot disagree.
 *
 * <ul>
 *   <li>One pattern a line; a line starting with {@code #} is a comment; blanks around a pattern
 *       are dropped. Patterns are cleaned like paths ({@code ./a//b/} is {@code a/b}, {@code a/..}
 *       goes away) and relative to the context root ({@code /build} is {@code build}).
 *   <li>{@code *} and {@code ?} stay within one path segment, {@code [a-c]} and {@code [^a]} are
 *       character classes, {@code \} takes the next character literally.
 *   <li>{@code **} spans any number of segments: {@code **}{@code /x} is x at any depth, {@code
 *       a/**} everything below a; a pattern that starts with {@code **} and has no other wildcard
 *       matches by suffix, so {@code **.log} is every path ending in .log.
 *   <li>A pattern matching a directory leaves out everything below it; {@code !} re-admits; the
 *       last matching rule wins.
 * </ul>
 */
public final class DockerIgnore {

  /** The name of the file in a build context's root. */
  public static final String FILE_NAME = ".dockerignore";

  private enum Kind {
    EXACT,
    PREFIX,
    SUFFIX,
    REGEX
  }

  private record Rule(String cleaned, Kind kind, Pattern regex, boolean exclude) {

    boolean matches(String path) {
      return switch (kind) {
        case EXACT -> path.equals(cleaned);
        case PREFIX -> path.startsWith(cleaned.substring(0, cleaned.length() - 2));
        case SUFFIX -> {
          String suffix = cleaned.substring(2);
          yield path.endsWith(suffix)
              || (suffix.startsWith("/") && path.equals(suffix.substring(1)));
        }
        case REGEX -> regex.matcher(path).matches();
      };
    }
  }

  private final List<Rule> rules;

  private DockerIgnore(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** No rules: nothing is left out. */
  public static DockerIgnore none() {
    return new DockerIgnore(List.of());
  }

  /** The .dockerignore in a context directory; empty when there is none or it is unreadable. */
  public static Optional<DockerIgnore> read(Path contextDirectory) {
    Path file = contextDirectory.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException | UncheckedIOException unreadable) {
      // An unreadable or non-UTF-8 ignore file cannot be judged; the build will report it.
      return Optional.empty();
    }
  }

  public static DockerIgnore parse(String text) {
    List<Rule> rules = new ArrayList<>();
    String[] lines = text.split("\\r?\\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
      if (line.startsWith("#")) {
        continue;
      }
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      boolean exclude = !line.startsWith("!");
      String pattern = exclude ? line : line.substring(1).strip();
      if (pattern.isEmpty()) {
        // A lone "!" makes the docker CLI refuse the file; it re-admits nothing here.
        continue;
      }
      pattern = clean(pattern);
      if (pattern.length() > 1 && pattern.startsWith("/")) {
        pattern = pattern.substring(1);
      }
      if (pattern.equals(".") || pattern.equals("/")) {
        // The context root itself is never left out.
        continue;
      }
      rules.add(compile(pattern, exclude));
    }
    return new DockerIgnore(rules);
  }

  /** True when {@code relativePath} ({@code /}-separated, relative to the context) is left out. */
  public boolean excludes(String relativePath) {
    String path = clean(relativePath);
    while (path.startsWith("/")) {
      path = path.substring(1);
    }
    if (path.isEmpty() || path.equals(".")) {
      return false;
    }
    List<String> parents = new ArrayList<>();
    for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
      parents.add(path.substring(0, slash));
    }
    boolean excluded = false;
    for (Rule rule : rules) {
      if (rule.matches(path) || parents.stream().anyMatch(rule::matches)) {
        excluded = rule.exclude;
      }
    }
    return excluded;
  }

  /**
   * True when some rule re-admits paths ("!..."), so an excluded directory must still be walked.
   */
  public boolean hasExceptions() {
    return rules.stream().anyMatch(rule -> !rule.exclude);
  }

  /**
   * A pattern as the CLI compiles it: plain text matches exactly, text ending in {@code **} matches
   * by prefix, {@code **} followed by plain text by suffix, anything else by regex.
   */
  private static Rule compile(String pattern, boolean exclude) {
    StringBuilder regex = new StringBuilder();
    Kind kind = Kind.EXACT;
    int i = 0;
    while (i < pattern.length()) {
      boolean first = i == 0;
      char c = pattern.charAt(i++);
      if (c == '*' && i < pattern.length() && pattern.charAt(i) == '*') {
        i++;
        if (i < pattern.length() && pattern.charAt(i) == '/') {
          i++;
        }
        if (i == pattern.length()) {
          if (kind == Kind.EXACT) {
            kind = Kind.PREFIX;
          } else {
            regex.append(".*");
            kind = Kind.REGEX;
          }
        } else {
          regex.append("(?:.*/)?");
          kind = Kind.REGEX;
        }
        if (first) {
          kind = Kind.SUFFIX;
        }
      } else if (c == '*') {
        regex.append("[^/]*");
        kind = Kind.REGEX;
      } else if (c == '?') {
        regex.append("[^/]");
        kind = Kind.REGEX;
      } else if (c == '\\') {
        if (i < pattern.length()) {
          regex.append(Pattern.quote(String.valueOf(pattern.charAt(i++))));
          kind = Kind.REGEX;
        } else {
          regex.append("\\\\");
        }
      } else if (c == '[') {
        int end = classEnd(pattern, i);
        if (end < 0) {
          // The CLI refuses a pattern with an unclosed class; here it only matches itself.
          regex.append("\\[");
        } else {
          regex.append('[').append(classBody(pattern.substring(i, end))).append(']');
          i = end + 1;
        }
        kind = Kind.REGEX;
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    Pattern compiled = kind == Kind.REGEX ? Pattern.compile(regex.toString()) : null;
    return new Rule(pattern, kind, compiled, exclude);
  }

  /** Index of the {@code ]} closing a class whose body starts at {@code from}, or -1. */
  private static int classEnd(String pattern, int from) {
    int i = from;
    if (i < pattern.length() && pattern.charAt(i) == '^') {
      i++;
    }
    if (i < pattern.length() && pattern.charAt(i) == ']') {
      i++;
    }
    for (; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ']') {
        return i;
      }
    }
    return -1;
  }

  /** A class body as a Java regex: ranges and {@code ^} kept, everything else literal. */
  private static String classBody(String body) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '^' && i == 0) {
        out.append('^');
      } else if (c == '-' && i > 0 && i < body.length() - 1) {
        out.append('-');
      } else if (c == '\\' && i + 1 < body.length()) {
        out.append('\\').append(body.charAt(++i));
      } else if (Character.isLetterOrDigit(c)) {
        out.append(c);
      } else {
        out.append('\\').append(c);
      }
    }
    return out.toString();
  }

  /**
   * A path cleaned as Go's filepath.Clean does on Linux: repeated slashes, {@code .} and {@code
   * dir/..} go away, a trailing slash too; {@code ..} above a relative start is kept.
   */
  static String clean(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.startsWith("/");
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
          parts.removeLast();
        } else if (!rooted) {
          parts.addLast("..");
        }
        continue;
      }
      parts.addLast(part);
    }
    String joined = String.join("/", parts);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }
}
