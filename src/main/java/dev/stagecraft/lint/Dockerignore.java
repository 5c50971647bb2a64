package dev.stagecraft.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The patterns of a {@code .dockerignore} file, matched as Docker matches them: one pattern per
 * line, {@code #} comments, {@code !} re-includes, {@code *} and {@code ?} within a path part,
 * {@code **} across parts, and the last matching pattern wins.
 */
final class Dockerignore {
  static final String FILE_NAME = ".dockerignore";

  private record Pattern(List<String> parts, boolean negated) {}

  private final List<Pattern> patterns;

  private Dockerignore(List<Pattern> patterns) {
    this.patterns = patterns;
  }

  /** The .dockerignore of a context directory; empty when there is none or it is unreadable. */
  static Optional<Dockerignore> read(Path contextDirectory) {
    Path file = contextDirectory.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException | java.io.UncheckedIOException unreadable) {
      // An unreadable or non-UTF-8 ignore file cannot be judged; the build will report it.
      return Optional.empty();
    }
  }

  static Dockerignore parse(String text) {
    List<Pattern> patterns = new ArrayList<>();
    for (String raw : text.split("\n", -1)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean negated = line.startsWith("!");
      if (negated) {
        line = line.substring(1).strip();
      }
      List<String> parts = new ArrayList<>();
      for (String part : line.split("/")) {
        if (!part.isEmpty() && !part.equals(".")) {
          parts.add(part);
        }
      }
      if (!parts.isEmpty()) {
        patterns.add(new Pattern(parts, negated));
      }
    }
    return new Dockerignore(patterns);
  }

  /** True when the path (relative to the context, {@code /}-separated) is left out. */
  boolean excludes(String relativePath) {
    List<String> path = new ArrayList<>();
    for (String part : relativePath.split("/")) {
      if (!part.isEmpty()) {
        path.add(part);
      }
    }
    boolean excluded = false;
    for (Pattern p : patterns) {
      if (matchesPathOrParent(p.parts(), path)) {
        excluded = !p.negated();
      }
    }
    return excluded;
  }

  private static boolean matchesPathOrParent(List<String> pattern, List<String> path) {
    for (int n = 1; n <= path.size(); n++) {
      if (matches(pattern, 0, path.subList(0, n), 0)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(List<String> pattern, int pi, List<String> path, int si) {
    if (pi == pattern.size()) {
      return si == path.size();
    }
    String part = pattern.get(pi);
    if (part.equals("**")) {
      for (int k = si; k <= path.size(); k++) {
        if (matches(pattern, pi + 1, path, k)) {
          return true;
        }
      }
      return false;
    }
    return si < path.size()
        && Glob.matches(part, path.get(si))
        && matches(pattern, pi + 1, path, si + 1);
  }
}
