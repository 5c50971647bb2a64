package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.InstructionFlag;
import dev.stagecraft.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Syntax only BuildKit understands, in a file the classic builder will run. stagecraft builds
 * through the Engine API's build endpoint, which is the classic builder.
 */
final class ClassicBuilderUnsupportedRule extends Rule {
  /** Flags the classic builder rejects, by instruction. */
  private static final Map<String, List<String>> BUILDKIT_FLAGS =
      Map.of(
          "RUN", List.of("mount", "network", "security", "device"),
          "COPY", List.of("link", "chmod", "parents", "exclude"),
          "ADD", List.of("link", "chmod", "checksum", "keep-git-dir", "exclude", "unpack"));

  ClassicBuilderUnsupportedRule() {
    super(
        "classic-builder-unsupported",
        Severity.ERROR,
        "syntax the classic builder cannot run",
        "The classic builder (the Engine API build endpoint that stagecraft uses) has no RUN"
            + " --mount, no heredocs and no COPY --link or --chmod; the build stops at that"
            + " line.",
        "Rewrite the line without it: COPY the files and RUN the commands, move caches into the"
            + " same RUN as their clean-up, or build with BuildKit (docker buildx build).");
  }

  @Override
  public List<Finding> check(LintContext context) {
    if (context.builder() != Builder.CLASSIC) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (Stage stage : context.dockerfile().stages()) {
      for (Instruction i : stage.instructions()) {
        List<String> buildkitOnly = BUILDKIT_FLAGS.getOrDefault(i.keyword(), List.of());
        for (InstructionFlag flag : i.flags()) {
          if (buildkitOnly.contains(flag.name())) {
            findings.add(
                finding(
                    context,
                    i,
                    i.keyword()
                        + " --"
                        + flag.name()
                        + " needs BuildKit; the classic builder"
                        + " rejects it"));
          }
        }
        if (!i.heredocs().isEmpty()) {
          findings.add(
              finding(
                  context,
                  i,
                  i.keyword()
                      + " <<"
                      + i.heredocs().get(0).delimiter()
                      + " is a heredoc, which"
                      + " needs BuildKit; the classic builder reads its body as instructions and"
                      + " fails"));
        }
      }
    }
    return findings;
  }
}
