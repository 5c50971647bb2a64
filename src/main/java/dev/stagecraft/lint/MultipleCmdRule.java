package dev.stagecraft.lint;

/** More than one CMD in a stage. */
final class MultipleCmdRule extends RepeatedInstructionRule {
  MultipleCmdRule() {
    super("multiple-cmd", "CMD");
  }
}
