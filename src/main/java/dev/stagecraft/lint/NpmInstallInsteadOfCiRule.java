package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.Stage;
import java.util.List;
import java.util.Optional;

/** {@code npm install} of a project whose lockfile is in the image, where {@code npm ci} fits. */
final class NpmInstallInsteadOfCiRule extends RunRule {
  NpmInstallInsteadOfCiRule() {
    super(
        "npm-install-instead-of-ci",
        Severity.WARNING,
        "npm install is used where npm ci fits",
        "npm install may rewrite package-lock.json and resolve newer versions, so two builds of"
            + " the same commit can differ; npm ci installs exactly the lockfile and fails when"
            + " it is out of date.",
        "Copy package.json and package-lock.json, then RUN npm ci (add --omit=dev for the"
            + " runtime stage).");
  }

  @Override
  Optional<String> check(Stage stage, Instruction run, RunScript script) {
    if (!lockfileCopiedBefore(stage, run)) {
      return Optional.empty();
    }
    for (List<String> words : script.invocations("npm")) {
      if (words.size() < 2 || !(words.get(1).equals("install") || words.get(1).equals("i"))) {
        continue;
      }
      boolean global = hasOption(words, "-g", "--global");
      boolean namesPackages =
          words.subList(2, words.size()).stream().anyMatch(w -> !w.startsWith("-"));
      if (!global && !namesPackages) {
        return Optional.of("npm " + words.get(1) + " with a lockfile present; use npm ci");
      }
    }
    return Optional.empty();
  }

  private static boolean lockfileCopiedBefore(Stage stage, Instruction run) {
    for (Instruction i : stage.instructions()) {
      if (i == run) {
        return false;
      }
      if ((i.is("COPY") || i.is("ADD")) && i.flag("from").isEmpty()) {
        String args = i.arguments();
        if (args.contains("package-lock.json")
            || args.contains("npm-shrinkwrap.json")
            || args.contains("package*.json")
            || CopyAllBeforeInstallRule.copiesWholeContext(i)) {
          return true;
        }
      }
    }
    return false;
  }
}
