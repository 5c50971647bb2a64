package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Dockerfile;
import dev.stagecraft.dockerfile.StageGraph;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules look at.
 *
 * @param dockerfile the parsed Dockerfile
 * @param buildContext the build context directory, for the .dockerignore rules
 * @param builder the builder that will run the file
 * @param graph the stage graph of the Dockerfile without a target, built once for all rules
 */
public record LintContext(
    Dockerfile dockerfile, Optional<Path> buildContext, Builder builder, StageGraph graph) {
  public LintContext {
    Objects.requireNonNull(dockerfile, "dockerfile");
    Objects.requireNonNull(buildContext, "buildContext");
    Objects.requireNonNull(builder, "builder");
    Objects.requireNonNull(graph, "graph");
  }

  /** A context for the given builder; the stage graph is built here. */
  public LintContext(Dockerfile dockerfile, Optional<Path> buildContext, Builder builder) {
    this(dockerfile, buildContext, builder, StageGraph.of(dockerfile));
  }

  /** A context for the classic builder, which is what stagecraft builds with. */
  public LintContext(Dockerfile dockerfile, Optional<Path> buildContext) {
    this(dockerfile, buildContext, Builder.CLASSIC);
  }

  /** A context without a build directory, for the classic builder. */
  public static LintContext of(Dockerfile dockerfile) {
    return new LintContext(dockerfile, Optional.empty());
  }

  /** The name of the Dockerfile, for findings. */
  public String sourceName() {
    return dockerfile.sourceName();
  }
}
