package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.InstructionFlag;
import dev.stagecraft.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Syntax the builder that will run the file does not know: BuildKit-only flags and heredocs under
 * the classic builder, and the newer frontend's (heredocs, {@code COPY --link}, {@code RUN
 * --network}) under Docker 20.10's BuildKit, whose built-in Dockerfile frontend predates them.
 */
final class ClassicBuilderUnsupportedRule extends Rule {
  /** Flags the classic builder rejects, by instruction. */
  private static final Map<String, List<String>> BUILDKIT_FLAGS =
      Map.of(
          "RUN", List.of("mount", "network", "security", "device"),
          "COPY", List.of("link", "chmod", "parents", "exclude"),
          "ADD", List.of("link", "chmod", "checksum", "keep-git-dir", "exclude", "unpack"));

  /** Flags Docker 20.10's built-in frontend rejects ("Unknown flag: link"), by instruction. */
  private static final Map<String, List<String>> NEWER_FRONTEND_FLAGS =
      Map.of(
          "RUN", List.of("network", "security", "device"),
          "COPY", List.of("link", "parents", "exclude"),
          "ADD", List.of("link", "checksum", "keep-git-dir", "exclude", "unpack"));

  ClassicBuilderUnsupportedRule() {
    super(
        "classic-builder-unsupported",
        Severity.ERROR,
        "syntax the builder cannot run",
        "The classic builder has no RUN --mount, no heredocs and no COPY --link or --chmod;"
            + " Docker 20.10's BuildKit runs RUN --mount and --chmod but predates heredocs,"
            + " COPY --link and RUN --network. The build stops at that line.",
        "Rewrite the line without it: COPY the files and RUN the commands, move caches into the"
            + " same RUN as their clean-up, or build with a newer BuildKit (Docker 23 or later).");
  }

  @Override
  public List<Finding> check(LintContext context) {
    if (context.builder() == Builder.BUILDKIT) {
      return List.of();
    }
    boolean classic = context.builder() == Builder.CLASSIC;
    Map<String, List<String>> refused = classic ? BUILDKIT_FLAGS : NEWER_FRONTEND_FLAGS;
    String who =
        classic
            ? "needs BuildKit; the classic builder rejects it"
            : "needs a newer Dockerfile frontend than Docker 20.10's BuildKit has built in"
                + " (Docker 23 or later); this engine rejects it";
    List<Finding> findings = new ArrayList<>();
    for (Stage stage : context.dockerfile().stages()) {
      for (Instruction i : stage.instructions()) {
        List<String> unknown = refused.getOrDefault(i.keyword(), List.of());
        for (InstructionFlag flag : i.flags()) {
          if (unknown.contains(flag.name())) {
            findings.add(finding(context, i, i.keyword() + " --" + flag.name() + " " + who));
          }
        }
        if (!i.heredocs().isEmpty()) {
          String heredoc = i.keyword() + " <<" + i.heredocs().get(0).delimiter() + " is a heredoc";
          findings.add(
              finding(
                  context,
                  i,
                  classic
                      ? heredoc
                          + ", which needs BuildKit; the classic builder reads its body as"
                          + " instructions and fails"
                      : heredoc
                          + ", which Docker 20.10's built-in Dockerfile frontend predates (heredocs"
                          + " came with Docker 23); it reads the body as instructions and fails"));
        }
      }
    }
    return findings;
  }
}
