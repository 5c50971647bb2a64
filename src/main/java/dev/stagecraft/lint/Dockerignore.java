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

  /**
   * The ignore file a build of this Dockerfile in this context uses, found as the build finds it:
   * {@code <Dockerfile>.dockerignore} beside the Dockerfile, then, for a Dockerfile outside the
   * context (a course's {@code solutions/NN-slug/Dockerfile}), its own folder's {@code
   * .dockerignore}, then the context's. The Dockerfile is known only when it was parsed from a
   * file; otherwise only the context's counts. Empty when there is no context or no such file.
   */
  static Optional<Path> applicableFile(LintContext context) {
    if (context.buildContext().isEmpty()) {
      return Optional.empty();
    }
    Path dir = context.buildContext().get().toAbsolutePath().normalize();
    List<Path> candidates = new ArrayList<>();
    dockerfilePath(context)
        .ifPresent(
            file -> {
              candidates.add(file.resolveSibling(file.getFileName() + FILE_NAME));
              if (!file.startsWith(dir)) {
                candidates.add(file.resolveSibling(FILE_NAME));
              }
            });
    candidates.add(dir.resolve(FILE_NAME));
    return candidates.stream().filter(Files::isRegularFile).findFirst();
  }

  private static Optional<Path> dockerfilePath(LintContext context) {
    try {
      Path file = Path.of(context.sourceName()).toAbsolutePath().normalize();
      return Files.isRegularFile(file) && file.getFileName() != null
          ? Optional.of(file)
          : Optional.empty();
    } catch (java.nio.file.InvalidPathException notAPath) {
      return Optional.empty();
    }
  }

  /** The ignore file {@link #applicableFile} finds, parsed; empty when none or unreadable. */
  static Optional<Dockerignore> read(LintContext context) {
    return applicableFile(context).flatMap(Dockerignore::readFile);
  }

  private static Optional<Dockerignore> readFile(Path file) {
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
