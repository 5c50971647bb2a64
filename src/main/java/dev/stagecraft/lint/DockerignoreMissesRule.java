package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.DockerIgnore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A .dockerignore that does not exclude a directory present in the context. */
abstract class DockerignoreMissesRule extends Rule {
  private final String directory;

  DockerignoreMissesRule(String id, String directory, String why) {
    super(
        id,
        Severity.WARNING,
        ".dockerignore does not exclude " + directory,
        why,
        "Add a line " + directory + " to .dockerignore.");
    this.directory = directory;
  }

  @Override
  public List<Finding> check(LintContext context) {
    if (context.buildContext().isEmpty()) {
      return List.of();
    }
    Path dir = context.buildContext().get();
    if (!Files.isDirectory(dir.resolve(directory))) {
      return List.of();
    }
    Optional<DockerIgnore> ignore = ApplicableDockerignore.read(context);
    if (ignore.isEmpty() || ignore.get().excludes(directory)) {
      return List.of();
    }
    int line =
        context.dockerfile().stages().isEmpty()
            ? 1
            : context.dockerfile().stages().get(0).from().line();
    return List.of(
        finding(
            context,
            line,
            "the context holds " + directory + " but .dockerignore does not exclude it"));
  }
}
