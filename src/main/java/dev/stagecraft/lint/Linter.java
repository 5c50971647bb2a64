package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.ParseProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Runs the rules over a Dockerfile and returns the findings, sorted by line. */
public final class Linter {
  /** The rule id of parse problems reported as findings. */
  public static final String SYNTAX_RULE = "syntax";

  private static final String SYNTAX_WHY = "Docker refuses to build a file it cannot parse.";
  private static final String SYNTAX_FIX = "Correct the line as the message says.";

  private final List<LintRule> rules;

  private Linter(List<LintRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** A linter with every built-in rule. */
  public static Linter withAllRules() {
    return new Linter(Rules.all());
  }

  /** A linter with just these rules, for tests and tools that want a subset. */
  public static Linter withRules(List<LintRule> rules) {
    return new Linter(rules);
  }

  /**
   * The findings for this context: parse problems as {@code syntax} errors plus every rule's
   * findings, suppressions applied, sorted by line then rule id.
   */
  public List<Finding> lint(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (ParseProblem problem : context.dockerfile().problems()) {
      findings.add(
          new Finding(
              SYNTAX_RULE,
              Severity.ERROR,
              context.sourceName(),
              problem.line(),
              problem.message(),
              SYNTAX_WHY,
              SYNTAX_FIX));
    }
    for (LintRule rule : rules) {
      findings.addAll(rule.check(context));
    }
    Suppressions suppressions = Suppressions.of(context.dockerfile());
    Set<Integer> commentLines = Suppressions.commentLines(context.dockerfile().comments());
    findings.removeIf(f -> suppressions.silences(f, commentLines));
    findings.sort(
        Comparator.comparingInt(Finding::line)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::ruleId));
    return findings;
  }

  /** The rules this linter runs, in the order they run. */
  public List<LintRule> rules() {
    return rules;
  }

  /** The rule with this id, if this linter has it. */
  public Optional<LintRule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
