package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.ShellWords;
import dev.stagecraft.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** ADD of plain local files, where COPY says the same thing without ADD's surprises. */
final class AddInsteadOfCopyRule extends Rule {
  private static final List<String> ARCHIVES =
      List.of(
          ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz", ".tbz2", ".tar.xz", ".txz", ".tar.zst");

  AddInsteadOfCopyRule() {
    super(
        "add-instead-of-copy",
        Severity.WARNING,
        "ADD is used where COPY does",
        "ADD also unpacks archives and fetches URLs, so a reader cannot tell what it will do;"
            + " COPY only copies.",
        "Use COPY for local files and directories; keep ADD for URLs, git sources and tar"
            + " archives that should be unpacked.");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Stage stage : context.dockerfile().stages()) {
      for (Instruction add : stage.instructions("ADD")) {
        if (add.flag("from").isPresent()
            || add.hasFlag("checksum")
            || add.hasFlag("keep-git-dir")) {
          continue;
        }
        List<String> words = add.execForm().orElseGet(() -> ShellWords.split(add.arguments()));
        if (words.size() < 2 && add.heredocs().isEmpty()) {
          continue;
        }
        List<String> sources = words.subList(0, Math.max(0, words.size() - 1));
        if (sources.stream().noneMatch(AddInsteadOfCopyRule::needsAdd)) {
          findings.add(
              finding(context, add, "ADD " + add.arguments() + " copies local files; use COPY"));
        }
      }
    }
    return findings;
  }

  private static boolean needsAdd(String source) {
    String lower = source.toLowerCase(Locale.ROOT);
    if (lower.contains("://") || lower.startsWith("git@") || lower.contains("$")) {
      return true;
    }
    for (String extension : ARCHIVES) {
      if (lower.endsWith(extension)) {
        return true;
      }
    }
    return false;
  }
}
