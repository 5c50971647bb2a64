package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.KeyValues;
import dev.stagecraft.dockerfile.Stage;
import java.util.List;
import java.util.Optional;

/** {@code pip install} without {@code --no-cache-dir}. */
final class PipNoCacheDirRule extends RunRule {
  PipNoCacheDirRule() {
    super(
        "pip-no-cache-dir",
        Severity.WARNING,
        "pip install keeps its download cache in the layer",
        "pip caches every wheel it downloads under /root/.cache/pip; in an image that cache is"
            + " dead weight, often tens of megabytes.",
        "Use pip install --no-cache-dir, set ENV PIP_NO_CACHE_DIR=1, or mount a cache at"
            + " /root/.cache/pip.");
  }

  @Override
  Optional<String> check(Stage stage, Instruction run, RunScript script) {
    if (mountsCacheAt(run, "/root/.cache") || setsNoCacheDir(stage, run)) {
      return Optional.empty();
    }
    for (List<String> words : script.commands()) {
      List<String> command = RunScript.withoutWrappers(words);
      int install = pipInstallIndex(command);
      if (install >= 0 && !hasOption(command, "--no-cache-dir")) {
        return Optional.of("pip install without --no-cache-dir");
      }
    }
    return Optional.empty();
  }

  /** The position of {@code install} in {@code pip install} or {@code python -m pip install}. */
  private static int pipInstallIndex(List<String> command) {
    if (command.size() < 2) {
      return -1;
    }
    String program = RunScript.programName(command.get(0));
    if (program.startsWith("pip") && command.get(1).equals("install")) {
      return 1;
    }
    if (program.startsWith("python")
        && command.size() >= 4
        && command.get(1).equals("-m")
        && command.get(2).startsWith("pip")
        && command.get(3).equals("install")) {
      return 3;
    }
    return -1;
  }

  private static boolean setsNoCacheDir(Stage stage, Instruction run) {
    if (run.arguments().contains("PIP_NO_CACHE_DIR")) {
      return true;
    }
    for (Instruction env : stage.instructions("ENV")) {
      if (env.line() > run.line()) {
        break;
      }
      for (KeyValues.Pair p : KeyValues.of(env)) {
        if (p.key().equals("PIP_NO_CACHE_DIR")) {
          return true;
        }
      }
    }
    return false;
  }
}
