package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.Stage;

/**
 * Base of the built-in rules: each states its id, severity, summary, why and fix once, and reports
 * findings. A message says what is wrong and leaves the line to {@link Finding#line()}: every
 * renderer shows the line once, in its own place.
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
    return new Finding(id, severity, context.sourceName(), line, shown, why, specificFix);
  }

  /**
   * How a message names a stage: {@code stage 'build'}, or {@code stage 2 of 3} when it has no
   * name. People count from 1; only {@code --from=1} counts from 0, and words never should.
   */
  static String stageInWords(Stage stage, int stageCount) {
    return stage
        .name()
        .map(n -> "stage '" + n + "'")
        .orElse("stage " + (stage.index() + 1) + " of " + stageCount);
  }

  /** The final stage needs no number: {@code the final stage 'app'} or {@code the final stage}. */
  static String finalStageInWords(Stage stage) {
    return "the final stage" + stage.name().map(n -> " '" + n + "'").orElse("");
  }

  Finding finding(LintContext context, Instruction instruction, String message) {
    return finding(context, instruction.line(), message);
  }
}
