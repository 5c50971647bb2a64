package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Stage;
import dev.stagecraft.dockerfile.StageGraph;
import java.util.ArrayList;
import java.util.List;

/** A FROM on an image with neither tag nor digest. */
final class UntaggedBaseImageRule extends Rule {
  UntaggedBaseImageRule() {
    super(
        "untagged-base-image",
        Severity.WARNING,
        "a base image has no tag",
        "Without a tag Docker uses :latest, which moves: the same Dockerfile builds a different"
            + " image next month, and a new major version can break the build.",
        "Pin a version tag (golang:1.22, node:20-slim), or a digest for full reproducibility.");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    StageGraph graph = context.graph();
    for (Stage stage : context.dockerfile().stages()) {
      String base = stage.baseImage();
      if (!graph.isExternalImage(stage) || ImageReference.isUnresolved(base)) {
        continue;
      }
      ImageReference ref = ImageReference.parse(base);
      if (ref.tag().isEmpty() && ref.digest().isEmpty()) {
        findings.add(
            finding(
                context,
                stage.from(),
                "FROM " + base + " has no tag, so Docker uses " + base + ":latest"));
      }
    }
    return findings;
  }
}
