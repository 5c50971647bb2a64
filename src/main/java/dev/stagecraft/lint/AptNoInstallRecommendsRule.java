package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.Stage;
import java.util.List;
import java.util.Optional;

/** {@code apt-get install} without {@code --no-install-recommends}. */
final class AptNoInstallRecommendsRule extends RunRule {
  AptNoInstallRecommendsRule() {
    super(
        "apt-no-install-recommends",
        Severity.WARNING,
        "apt-get install pulls in recommended packages",
        "Recommended packages are not needed to run the software and often double the size of"
            + " what gets installed.",
        "Add --no-install-recommends: apt-get install -y --no-install-recommends PACKAGE.");
  }

  @Override
  Optional<String> check(Stage stage, Instruction run, RunScript script) {
    for (String program : List.of("apt-get", "apt")) {
      for (List<String> words : script.invocations(program)) {
        if (words.contains("install")
            && !hasOption(words, "--no-install-recommends")
            && !String.join(" ", words).contains("Install-Recommends=")) {
          return Optional.of(program + " install without --no-install-recommends");
        }
      }
    }
    return Optional.empty();
  }
}
