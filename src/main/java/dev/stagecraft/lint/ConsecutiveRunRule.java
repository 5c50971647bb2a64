package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;

/** Several RUN instructions in a row that could be one. */
final class ConsecutiveRunRule extends Rule {
  ConsecutiveRunRule() {
    super(
        "consecutive-run",
        Severity.INFO,
        "consecutive RUN instructions could be one",
        "Each RUN adds a layer; files deleted in a later RUN still take space in the earlier"
            + " layer, and install-then-clean-up only saves space inside a single RUN.",
        "Join the commands with && in one RUN (one per line with \\), keeping separate RUNs only"
            + " where a cache boundary is wanted.");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Stage stage : context.dockerfile().stages()) {
      List<Instruction> instructions = stage.instructions();
      int i = 0;
      while (i < instructions.size()) {
        int j = i;
        while (j < instructions.size() && isPlainRun(instructions.get(j))) {
          j++;
        }
        if (j - i >= 2) {
          Instruction first = instructions.get(i);
          findings.add(
              finding(
                  context,
                  first,
                  (j - i)
                      + " RUN instructions in a row (lines "
                      + first.line()
                      + "-"
                      + instructions.get(j - 1).line()
                      + ") could be one"));
        }
        i = Math.max(j, i + 1);
      }
    }
    return findings;
  }

  private static boolean isPlainRun(Instruction i) {
    return i.is("RUN") && !i.isExecForm() && i.flags().isEmpty() && i.heredocs().isEmpty();
  }
}
