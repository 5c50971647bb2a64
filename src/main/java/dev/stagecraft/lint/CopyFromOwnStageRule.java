package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.CopyFromEdge;
import java.util.ArrayList;
import java.util.List;

/** {@code COPY --from} naming the stage the COPY is in. */
final class CopyFromOwnStageRule extends Rule {
  CopyFromOwnStageRule() {
    super(
        "copy-from-own-stage",
        Severity.ERROR,
        "COPY --from names the stage it stands in",
        "A stage cannot read files from itself: Docker reports a circular dependency, and the"
            + " classic builder looks for an image of that name instead.",
        "Copy from the earlier stage that produced the files, or copy from the build context"
            + " without --from.");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (CopyFromEdge edge : context.graph().copyEdges()) {
      if (edge.from().isPresent() && edge.from().get().index() == edge.to().index()) {
        findings.add(
            finding(
                context,
                edge.instruction(),
                "--from=" + edge.reference() + " is the stage this instruction is in"));
      }
    }
    return findings;
  }
}
