package dev.stagecraft.lint;

import java.util.Objects;

/**
 * One thing a rule found.
 *
 * @param ruleId the stable kebab-case id of the rule (see docs/lint-rules.md)
 * @param severity how much it matters
 * @param sourceName the Dockerfile it is in
 * @param line the 1-based line of the instruction concerned
 * @param message what is wrong; the line is {@code line}, which renderers show beside it
 * @param why why it matters
 * @param fix how to fix it
 */
public record Finding(
    String ruleId,
    Severity severity,
    String sourceName,
    int line,
    String message,
    String why,
    String fix) {
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(fix, "fix");
  }
}
