package dev.stagecraft.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A build context without a .dockerignore file. */
final class MissingDockerignoreRule extends Rule {
  MissingDockerignoreRule() {
    super(
        "missing-dockerignore",
        Severity.WARNING,
        "the build context has no .dockerignore",
        "Without it every file in the directory is sent to the engine and COPY . . copies it"
            + " all: .git, node_modules, local secrets and build output end up in the image and"
            + " bust the layer cache.",
        "Add a .dockerignore next to the Dockerfile listing at least .git, node_modules and"
            + " build output directories.");
  }

  @Override
  public List<Finding> check(LintContext context) {
    if (context.buildContext().isEmpty()) {
      return List.of();
    }
    Path dir = context.buildContext().get();
    if (!Files.isDirectory(dir) || ApplicableDockerignore.file(context).isPresent()) {
      return List.of();
    }
    int line =
        context.dockerfile().stages().isEmpty()
            ? 1
            : context.dockerfile().stages().get(0).from().line();
    return List.of(finding(context, line, "the build context " + dir + " has no .dockerignore"));
  }
}
