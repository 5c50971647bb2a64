package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Two stages with the same name (names compare without case, as in Docker). */
final class DuplicateStageNameRule extends Rule {
  DuplicateStageNameRule() {
    super(
        "duplicate-stage-name",
        Severity.ERROR,
        "two stages have the same name",
        "Docker rejects a file where two stages share a name: --from and --target could not"
            + " tell them apart.",
        "Give each stage its own name after AS.");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    Map<String, Stage> seen = new HashMap<>();
    for (Stage stage : context.dockerfile().stages()) {
      if (stage.name().isEmpty()) {
        continue;
      }
      String key = stage.name().get().toLowerCase(Locale.ROOT);
      Stage first = seen.putIfAbsent(key, stage);
      if (first != null) {
        findings.add(
            finding(
                context,
                stage.from(),
                "stage name '"
                    + stage.name().get()
                    + "' is already used by the stage on line "
                    + first.from().line()));
      }
    }
    return findings;
  }
}
