package dev.stagecraft.grading.checks;

import dev.stagecraft.grading.Check;
import dev.stagecraft.grading.CheckCategory;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.Verdict;
import dev.stagecraft.lint.Finding;
import dev.stagecraft.lint.Linter;
import java.util.List;
import java.util.Set;

/** None of the named lint rules fires on the learner's Dockerfile. */
public record LintRuleCheck(List<String> rules) implements Check {

  public static LintRuleCheck from(CheckParams params, Linter linter) throws CheckSpecException {
    params.allowOnly("rules");
    List<String> rules = params.strings("rules");
    for (String rule : rules) {
      if (linter.rule(rule).isEmpty()) {
        throw params.problem(
            "rules", "names '" + rule + "', which is not a lint rule; see docs/lint-rules.md");
      }
    }
    return new LintRuleCheck(rules);
  }

  @Override
  public Set<String> lintRulesGraded() {
    return Set.copyOf(rules);
  }

  @Override
  public String type() {
    return "lint";
  }

  @Override
  public String title() {
    return "No " + String.join(", ", rules) + " findings";
  }

  @Override
  public CheckCategory category() {
    return CheckCategory.STATIC;
  }

  @Override
  public Verdict evaluate(GradingContext context) {
    List<Finding> hits =
        context.findings().stream().filter(f -> rules.contains(f.ruleId())).toList();
    if (hits.isEmpty()) {
      return Verdict.pass("None of " + String.join(", ", rules) + " fires.");
    }
    Finding first = hits.get(0);
    return Verdict.fail(
        "line " + first.line() + ": " + first.message(),
        "no " + String.join(", ", rules) + " findings",
        hits.size()
            + (hits.size() == 1 ? " finding" : " findings")
            + ", first at line "
            + first.line());
  }
}
