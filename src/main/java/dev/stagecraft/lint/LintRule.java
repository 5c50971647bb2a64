package dev.stagecraft.lint;

import java.util.List;

/** One static check over a parsed Dockerfile. Implementations are stateless. */
public interface LintRule {
  /** The stable kebab-case id, e.g. {@code final-stage-runs-as-root}. */
  String id();

  /** The severity of every finding this rule reports. */
  Severity severity();

  /** One line saying what the rule looks for. */
  String summary();

  /** The findings in this context; empty when there is nothing to report. */
  List<Finding> check(LintContext context);
}
