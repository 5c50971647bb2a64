package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Stage;
import dev.stagecraft.dockerfile.StageGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rule about the images stages start FROM: it sees each external base whose name is known before
 * the build (stages built on stages, scratch and unresolved build arguments are left out).
 */
abstract class BaseImageRule extends Rule {

  BaseImageRule(String id, Severity severity, String summary, String why, String fix) {
    super(id, severity, summary, why, fix);
  }

  /** What is wrong with this base, if anything; the message names it as written. */
  abstract Optional<String> problem(String base, ImageReference reference);

  @Override
  public final List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    StageGraph graph = context.graph();
    for (Stage stage : context.dockerfile().stages()) {
      String base = stage.baseImage();
      if (!graph.isExternalImage(stage) || ImageReference.isUnresolved(base)) {
        continue;
      }
      problem(base, ImageReference.parse(base))
          .ifPresent(message -> findings.add(finding(context, stage.from(), message)));
    }
    return findings;
  }
}
