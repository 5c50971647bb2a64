package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.Stage;

/**
 * Base of the built-in rules: each states its id, severity, summary, why and fix once, and reports
 * findings with a message that names the line.
 */
abstract class Rule implements LintRule {
  private static final int MAX_MESSAGE = 300;
  private final String id;
  private final Severity severity;
  private final String summary;
  private final String why;
  private final String fix;

  Rule(String id, Severity severity, String summary, String why, String fix) {
    this.id = id;
    this.severity = severity;
    this.summary = summary;
    this.why = why;
    this.fix = fix;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity severity() {
    return severity;
  }

  @Override
  public final String summary() {
    return summary;
  }

  /** Why the rule matters, shown under each finding. */
  public final String why() {
    return why;
  }

  /** How to fix what the rule finds, shown under each finding. */
  public final String fix() {
    return fix;
  }

  Finding finding(LintContext context, int line, String message) {
    return finding(context, line, message, fix);
  }

  /** A finding whose fix fits the case better than the rule's general one. */
  Finding finding(LintContext context, int line, String message, String specificFix) {
    // Messages quote the file; a hostile megabyte-long word must not make a megabyte message.
    String shown =
        message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 3) + "...";
    return new Finding(
        id, severity, context.sourceName(), line, "line " + line + ": " + shown, why, specificFix);
  }

  /** How a message names a stage: {@code 'build'}, or {@code #2} when it has no name. */
  static String label(Stage stage) {
    return stage.name().map(n -> "'" + n + "'").orElse("#" + stage.index());
  }

  Finding finding(LintContext context, Instruction instruction, String message) {
    return finding(context, instruction.line(), message);
  }
}
