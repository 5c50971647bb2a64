package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.DockerIgnore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which {@code .dockerignore} a build of the linted Dockerfile uses, found as the build finds it.
 */
final class ApplicableDockerignore {

  private ApplicableDockerignore() {}

  /**
   * {@code <Dockerfile>.dockerignore} beside the Dockerfile, then, for a Dockerfile outside the
   * context (a course's {@code solutions/NN-slug/Dockerfile}), its own folder's {@code
   * .dockerignore}, then the context's. The Dockerfile is known only when it was parsed from a
   * file; otherwise only the context's counts. Empty when there is no context or no such file.
   */
  static Optional<Path> file(LintContext context) {
    if (context.buildContext().isEmpty()) {
      return Optional.empty();
    }
    Path dir = context.buildContext().get().toAbsolutePath().normalize();
    List<Path> candidates = new ArrayList<>();
    dockerfilePath(context)
        .ifPresent(
            file -> {
              candidates.add(file.resolveSibling(file.getFileName() + DockerIgnore.FILE_NAME));
              if (!file.startsWith(dir)) {
                candidates.add(file.resolveSibling(DockerIgnore.FILE_NAME));
              }
            });
    candidates.add(dir.resolve(DockerIgnore.FILE_NAME));
    return candidates.stream().filter(Files::isRegularFile).findFirst();
  }

  /** The file {@link #file} finds, parsed; empty when there is none or it cannot be read. */
  static Optional<DockerIgnore> read(LintContext context) {
    return file(context).flatMap(ApplicableDockerignore::parse);
  }

  private static Optional<DockerIgnore> parse(Path file) {
    try {
      return Optional.of(DockerIgnore.parse(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException | UncheckedIOException unreadable) {
      // An unreadable or non-UTF-8 ignore file cannot be judged; the build will report it.
      return Optional.empty();
    }
  }

  private static Optional<Path> dockerfilePath(LintContext context) {
    try {
      Path file = Path.of(context.sourceName()).toAbsolutePath().normalize();
      return Files.isRegularFile(file) && file.getFileName() != null
          ? Optional.of(file)
          : Optional.empty();
    } catch (InvalidPathException notAPath) {
      return Optional.empty();
    }
  }
}
