package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.Stage;
import dev.stagecraft.dockerfile.StageGraph;
import dev.stagecraft.dockerfile.VariableExpander;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The final stage runs as root. Judged on the final stage and the stages it is built FROM only: a
 * builder stage's {@code USER app} does not change who the final image runs as.
 */
final class FinalStageRunsAsRootRule extends Rule {
  FinalStageRunsAsRootRule() {
    super(
        "final-stage-runs-as-root",
        Severity.WARNING,
        "the final stage runs as root",
        "A process running as root inside the container is root on any volume or host path it"
            + " can reach, and one escape away from root on the host. The USER of builder stages"
            + " does not carry over: only the final stage decides who the image runs as.",
        "Switch to a non-root user before CMD, in the way the final stage's base allows: on"
            + " scratch a number (USER 65532:65532); on distroless, node or nginx the user they"
            + " already have (USER nonroot, USER 1000 for node, USER 101 for nginx); on Alpine RUN addgroup -S app &&"
            + " adduser -S -G app app, then USER app; on Debian or Ubuntu RUN useradd --system"
            + " --uid 10001 app, then USER app. Each finding names the one for its base.");
  }

  @Override
  public List<Finding> check(LintContext context) {
    StageGraph graph = context.graph();
    Optional<Stage> finalStage = graph.finalStage();
    if (finalStage.isEmpty()) {
      return List.of();
    }
    Stage last = finalStage.get();
    for (Stage stage : graph.ancestry(last)) {
      List<Instruction> users = stage.instructions("USER");
      if (users.isEmpty()) {
        continue;
      }
      Instruction user = users.get(users.size() - 1);
      VariableExpander.Expansion value =
          VariableExpander.expand(
              user.arguments().strip(), StageVariables.before(user, stage, graph));
      if (!value.complete() || !isRoot(value.value())) {
        return List.of();
      }
      return List.of(
          finding(
              context,
              user.line(),
              Rule.finalStageInWords(last)
                  + " runs as root (USER "
                  + user.arguments().strip()
                  + ")",
              fitting(graph.rootImage(last))));
    }
    String root = graph.rootImage(last);
    if (defaultsToNonRoot(root)) {
      return List.of();
    }
    return List.of(
        finding(
            context,
            last.from().line(),
            Rule.finalStageInWords(last)
                + " has no USER, so it runs as the base image's user: root for "
                + root,
            fitting(root)));
  }

  /** The fix for a final stage on {@code root}. */
  private static String fitting(String root) {
    return "Switch to a non-root user before CMD: "
        + NonRootAdvice.forImage(root).inOneLine()
        + ".";
  }

  /** {@code root}, {@code 0}, {@code root:group}, {@code 0:0} and an empty user are root. */
  static boolean isRoot(String user) {
    String name = user.strip();
    int colon = name.indexOf(':');
    if (colon >= 0) {
      name = name.substring(0, colon);
    }
    return name.isEmpty() || name.equals("root") || name.equals("0");
  }

  /** Images whose name says they start as a non-root user. */
  static boolean defaultsToNonRoot(String image) {
    String lower = image.toLowerCase(Locale.ROOT);
    return lower.contains("nonroot")
        || lower.contains("non-root")
        || lower.contains("unprivileged")
        || lower.contains("rootless");
  }
}
