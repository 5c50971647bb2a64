package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.ShellWords;
import dev.stagecraft.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code COPY . .} before the step that installs dependencies: any source edit then invalidates the
 * install layer and every build downloads all dependencies again.
 */
final class CopyAllBeforeInstallRule extends Rule {
  CopyAllBeforeInstallRule() {
    super(
        "copy-all-before-install",
        Severity.WARNING,
        "the whole build context is copied before dependencies are installed",
        "Docker reuses a layer only while everything before it is unchanged. Copying all sources"
            + " first means any edit re-runs the dependency install, so every rebuild downloads"
            + " everything again.",
        "Copy only the dependency manifests first (package.json and package-lock.json,"
            + " requirements.txt, go.mod and go.sum, pom.xml), install, then COPY . . for the"
            + " sources.");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Stage stage : context.dockerfile().stages()) {
      Instruction copyAll = null;
      for (Instruction i : stage.instructions()) {
        if (copyAll == null && copiesWholeContext(i)) {
          copyAll = i;
        } else if (copyAll != null && i.is("RUN")) {
          Optional<String> install = dependencyInstall(RunScript.of(i));
          if (install.isPresent()) {
            findings.add(
                finding(
                    context,
                    copyAll,
                    "the whole context is copied before '"
                        + install.get()
                        + "' on line "
                        + i.line()
                        + ", so any source change re-runs the install"));
            break;
          }
        }
      }
    }
    return findings;
  }

  /** True for a COPY or ADD from the build context whose sources include {@code .}. */
  static boolean copiesWholeContext(Instruction i) {
    if (!(i.is("COPY") || i.is("ADD")) || i.flag("from").isPresent() || !i.heredocs().isEmpty()) {
      return false;
    }
    List<String> words = i.execForm().orElseGet(() -> ShellWords.split(i.arguments()));
    if (words.size() < 2) {
      return false;
    }
    for (String source : words.subList(0, words.size() - 1)) {
      if (source.equals(".") || source.equals("./") || source.equals("*")) {
        return true;
      }
    }
    return false;
  }

  /** The dependency install a RUN performs, as a short description, if any. */
  static Optional<String> dependencyInstall(RunScript script) {
    for (List<String> words : script.commands()) {
      List<String> c = RunScript.withoutWrappers(words);
      if (c.isEmpty()) {
        continue;
      }
      String program = RunScript.programName(c.get(0));
      String sub = c.size() > 1 ? c.get(1) : "";
      boolean install =
          switch (program) {
            case "npm" ->
                sub.equals("ci") || ((sub.equals("install") || sub.equals("i")) && noPackages(c));
            case "yarn" -> c.size() == 1 || sub.equals("install") || sub.startsWith("--");
            case "pnpm" -> (sub.equals("install") || sub.equals("i")) && noPackages(c);
            case "pip", "pip3" ->
                sub.equals("install") && (c.contains("-r") || c.contains("--requirement"));
            case "poetry", "pipenv", "bundle", "composer" -> sub.equals("install");
            case "uv" -> sub.equals("sync");
            case "go" -> sub.equals("mod") && c.contains("download");
            case "mvn", "mvnw", "./mvnw" -> c.stream().anyMatch(w -> w.startsWith("dependency:"));
            case "cargo" -> sub.equals("fetch");
            default -> false;
          };
      if (install) {
        return Optional.of(String.join(" ", c.subList(0, Math.min(c.size(), 3))));
      }
    }
    return Optional.empty();
  }

  /** {@code npm install} of the project itself, not of named packages such as a global tool. */
  private static boolean noPackages(List<String> command) {
    return command.subList(2, command.size()).stream().allMatch(w -> w.startsWith("-"));
  }
}
