package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.CopyFromEdge;
import java.util.ArrayList;
import java.util.List;

/** {@code COPY --from} naming a stage defined further down the file. */
final class CopyFromLaterStageRule extends Rule {
  CopyFromLaterStageRule() {
    super(
        "copy-from-later-stage",
        Severity.ERROR,
        "COPY --from names a stage defined later in the file",
        "Stages are read top to bottom: the classic builder has not built a later stage yet and"
            + " tries to pull an image of that name instead.",
        "Move the stage that produces the files above the stage that copies them.");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (CopyFromEdge edge : context.graph().copyEdges()) {
      if (edge.from().isPresent() && edge.from().get().index() > edge.to().index()) {
        findings.add(
            finding(
                context,
                edge.instruction(),
                "--from="
                    + edge.reference()
                    + " is defined later, on line "
                    + edge.from().get().from().line()));
      }
    }
    return findings;
  }
}
