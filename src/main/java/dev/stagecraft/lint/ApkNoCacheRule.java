package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.Stage;
import java.util.List;
import java.util.Optional;

/** {@code apk add} without {@code --no-cache}. */
final class ApkNoCacheRule extends RunRule {
  ApkNoCacheRule() {
    super(
        "apk-no-cache",
        Severity.WARNING,
        "apk add keeps its package index in the layer",
        "Without --no-cache apk stores the index under /var/cache/apk, which then ships in the"
            + " image.",
        "Use apk add --no-cache PACKAGE.");
  }

  @Override
  Optional<String> check(Stage stage, Instruction run, RunScript script) {
    if (script.text().contains("/var/cache/apk") || mountsCacheAt(run, "/var/cache/apk")) {
      return Optional.empty();
    }
    for (List<String> words : script.invocations("apk")) {
      if (words.contains("add") && !hasOption(words, "--no-cache")) {
        return Optional.of("apk add without --no-cache");
      }
    }
    return Optional.empty();
  }
}
