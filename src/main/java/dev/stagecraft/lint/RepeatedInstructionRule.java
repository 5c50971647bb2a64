package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;

/** An instruction of which only the last one in a stage takes effect, written more than once. */
abstract class RepeatedInstructionRule extends Rule {
  private final String keyword;

  RepeatedInstructionRule(String id, String keyword) {
    super(
        id,
        Severity.WARNING,
        "a stage has more than one " + keyword,
        "Only the last "
            + keyword
            + " of a stage takes effect; the earlier ones do nothing and"
            + " mislead whoever reads the file.",
        "Keep one " + keyword + " per stage, the one you mean.");
    this.keyword = keyword;
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Stage stage : context.dockerfile().stages()) {
      List<Instruction> all = stage.instructions(keyword);
      for (int i = 0; i + 1 < all.size(); i++) {
        findings.add(
            finding(
                context,
                all.get(i),
                keyword
                    + " has no effect: the "
                    + keyword
                    + " on line "
                    + all.get(all.size() - 1).line()
                    + " replaces it"));
      }
    }
    return findings;
  }
}
