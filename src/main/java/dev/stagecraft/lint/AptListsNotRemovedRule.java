package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.Stage;
import java.util.Optional;

/** {@code apt-get update} without removing /var/lib/apt/lists in the same RUN. */
final class AptListsNotRemovedRule extends RunRule {
  AptListsNotRemovedRule() {
    super(
        "apt-lists-not-removed",
        Severity.WARNING,
        "apt-get update leaves its package lists in the layer",
        "The package lists are tens of megabytes; removed in a later RUN they still sit in the"
            + " earlier layer, so only a removal in the same RUN keeps them out of the image.",
        "End the same RUN with && rm -rf /var/lib/apt/lists/* (or use a cache mount for"
            + " /var/lib/apt).");
  }

  @Override
  Optional<String> check(Stage stage, Instruction run, RunScript script) {
    boolean updates = script.runs("apt-get", "update") || script.runs("apt", "update");
    if (!updates
        || script.text().contains("/var/lib/apt/lists")
        || mountsCacheAt(run, "/var/lib/apt")) {
      return Optional.empty();
    }
    return Optional.of("apt-get update without rm -rf /var/lib/apt/lists/* in the same RUN");
  }
}
