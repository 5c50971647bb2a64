package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.Stage;
import java.util.Optional;

/** {@code cd} inside RUN, where WORKDIR says it plainly and lasts. */
final class CdInRunRule extends RunRule {
  CdInRunRule() {
    super(
        "cd-in-run",
        Severity.INFO,
        "RUN changes directory with cd",
        "A cd lasts only until the end of that RUN, so the next instruction silently runs"
            + " somewhere else; WORKDIR holds for everything after it and shows in the file's"
            + " structure.",
        "Set the directory with WORKDIR /path before the RUN.");
  }

  @Override
  Optional<String> check(Stage stage, Instruction run, RunScript script) {
    if (!script.invocations("cd").isEmpty()) {
      return Optional.of("RUN uses cd; use WORKDIR instead");
    }
    return Optional.empty();
  }
}
