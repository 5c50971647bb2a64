package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;

/** CMD or ENTRYPOINT written as a shell command instead of a JSON array. */
abstract class ShellFormRule extends Rule {
  private final String keyword;

  ShellFormRule(String id, String keyword) {
    super(
        id,
        Severity.WARNING,
        keyword + " uses shell form",
        "In shell form Docker runs the command under /bin/sh -c, so the app is not PID 1 and"
            + " never receives SIGTERM: docker stop waits 10 s and kills it. Images without a"
            + " shell (scratch, distroless) cannot run it at all.",
        "Write it as a JSON array: " + keyword + " [\"/app/server\", \"--port\", \"8080\"].");
    this.keyword = keyword;
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Stage stage : context.dockerfile().stages()) {
      for (Instruction i : stage.instructions(keyword)) {
        if (!i.isExecForm() && !i.arguments().isBlank()) {
          findings.add(
              finding(
                  context,
                  i,
                  keyword + " " + shorten(i.arguments()) + " is in shell form; use a JSON array"));
        }
      }
    }
    return findings;
  }

  static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
