package dev.stagecraft.lint;

/** CMD in shell form. */
final class ShellFormCmdRule extends ShellFormRule {
  ShellFormCmdRule() {
    super("shell-form-cmd", "CMD");
  }
}
