package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.Stage;
import java.util.List;
import java.util.Optional;

/** {@code sudo} inside RUN. */
final class SudoInRunRule extends RunRule {
  SudoInRunRule() {
    super(
        "sudo-in-run",
        Severity.WARNING,
        "RUN uses sudo",
        "sudo needs a terminal and a sudoers setup, behaves unpredictably in builds, and its"
            + " presence in the image lets any process become root.",
        "Run the privileged steps before USER switches away from root (or switch with USER"
            + " root and back), and do not install sudo.");
  }

  @Override
  Optional<String> check(Stage stage, Instruction run, RunScript script) {
    for (List<String> words : script.commands()) {
      if (!words.isEmpty() && RunScript.programName(words.get(0)).equals("sudo")) {
        return Optional.of("RUN uses sudo");
      }
    }
    return Optional.empty();
  }
}
