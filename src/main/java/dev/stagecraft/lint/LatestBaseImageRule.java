package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Stage;
import dev.stagecraft.dockerfile.StageGraph;
import java.util.ArrayList;
import java.util.List;

/** A FROM on an image tagged {@code latest}. */
final class LatestBaseImageRule extends Rule {
  LatestBaseImageRule() {
    super(
        "latest-base-image",
        Severity.WARNING,
        "a base image uses the latest tag",
        "latest is whatever was pushed last: builds stop being repeatable and can break without"
            + " any change to the Dockerfile.",
        "Replace :latest with a version tag (alpine:3.20, python:3.12-slim).");
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
      if (ref.digest().isEmpty() && ref.tagText().equals("latest")) {
        findings.add(
            finding(context, stage.from(), "FROM " + base + " uses the moving latest tag"));
      }
    }
    return findings;
  }
}
