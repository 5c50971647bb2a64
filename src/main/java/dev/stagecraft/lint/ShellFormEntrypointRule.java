package dev.stagecraft.lint;

/** ENTRYPOINT in shell form. */
final class ShellFormEntrypointRule extends ShellFormRule {
  ShellFormEntrypointRule() {
    super("shell-form-entrypoint", "ENTRYPOINT");
  }
}
