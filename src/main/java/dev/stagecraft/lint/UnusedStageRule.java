package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;

/** A stage nothing in the final image depends on. */
final class UnusedStageRule extends Rule {
  UnusedStageRule() {
    super(
        "unused-stage",
        Severity.WARNING,
        "a stage does not contribute to the final image",
        "BuildKit skips such a stage, but the classic builder still builds it, costing time on"
            + " every build; it may also mean a COPY --from was forgotten.",
        "Remove the stage, or COPY --from it into a stage the final image uses.");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Stage stage : context.graph().deadStages()) {
      findings.add(
          finding(
              context,
              stage.from(),
              Rule.stageInWords(stage, context.dockerfile().stages().size())
                  + " is never used by the final stage"));
    }
    return findings;
  }
}
