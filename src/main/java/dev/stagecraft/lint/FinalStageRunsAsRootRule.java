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
        "Add a non-root user in the final stage and switch to it before CMD, e.g. RUN useradd"
            + " --system app then USER app (on scratch or distroless, USER 65532:65532).");
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
              user,
              Rule.finalStageInWords(last)
                  + " runs as root (USER "
                  + user.arguments().strip()
                  + ")"));
    }
    String root = graph.rootImage(last);
    if (defaultsToNonRoot(root)) {
      return List.of();
    }
    return List.of(
        finding(
            context,
            last.from(),
            Rule.finalStageInWords(last)
                + " has no USER, so it runs as the base image's user: root for "
                + root));
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
