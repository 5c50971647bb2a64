package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;

/** WORKDIR with a relative path. */
final class RelativeWorkdirRule extends Rule {
  RelativeWorkdirRule() {
    super(
        "relative-workdir",
        Severity.WARNING,
        "WORKDIR uses a relative path",
        "A relative WORKDIR is resolved against whatever directory the base image left set, so"
            + " the same line lands somewhere else when the base changes.",
        "Use an absolute path: WORKDIR /app.");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Stage stage : context.dockerfile().stages()) {
      for (Instruction workdir : stage.instructions("WORKDIR")) {
        String path = unquote(workdir.arguments().strip());
        if (path.isEmpty() || path.startsWith("/") || path.startsWith("$") || isWindowsPath(path)) {
          continue;
        }
        findings.add(
            finding(context, workdir, "WORKDIR " + path + " is relative; use an absolute path"));
      }
    }
    return findings;
  }

  private static String unquote(String s) {
    if (s.length() >= 2
        && (s.charAt(0) == '"' || s.charAt(0) == '\'')
        && s.endsWith(s.substring(0, 1))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  private static boolean isWindowsPath(String path) {
    return path.length() >= 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':'
        || path.startsWith("\\");
  }
}
