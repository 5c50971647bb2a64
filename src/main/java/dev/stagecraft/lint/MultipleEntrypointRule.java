package dev.stagecraft.lint;

/** More than one ENTRYPOINT in a stage. */
final class MultipleEntrypointRule extends RepeatedInstructionRule {
  MultipleEntrypointRule() {
    super("multiple-entrypoint", "ENTRYPOINT");
  }
}
