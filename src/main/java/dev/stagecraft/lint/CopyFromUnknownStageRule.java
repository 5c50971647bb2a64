package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.CopyFromEdge;
import dev.stagecraft.dockerfile.EditDistance;
import dev.stagecraft.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code COPY --from=X} where no stage is called X. A bare name that is neither a stage nor a
 * well-known image is almost always a typo; Docker would try to pull an image of that name.
 */
final class CopyFromUnknownStageRule extends Rule {
  /** Longer names are not typos of a stage name; comparing them would only cost time. */
  private static final int MAX_SUGGESTED = 64;

  /** Official images people copy files out of directly; a bare name among these is no typo. */
  private static final Set<String> WELL_KNOWN_IMAGES =
      Set.of(
          "alpine",
          "busybox",
          "debian",
          "ubuntu",
          "nginx",
          "node",
          "golang",
          "python",
          "redis",
          "postgres",
          "mysql",
          "httpd",
          "traefik",
          "caddy",
          "docker",
          "tini",
          "scratch");

  CopyFromUnknownStageRule() {
    super(
        "copy-from-unknown-stage",
        Severity.ERROR,
        "COPY --from names a stage that does not exist",
        "Docker treats an unknown name as an image to pull, so a typo fails the build or copies"
            + " from an unrelated image; an index past the last stage is rejected outright.",
        "Use the name given after AS in an earlier FROM (or add AS name to that FROM).");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Stage> stages = context.dockerfile().stages();
    for (CopyFromEdge edge : context.graph().copyEdges()) {
      if (edge.from().isPresent()) {
        continue;
      }
      String ref = edge.reference();
      String what = edge.kind() == CopyFromEdge.Kind.MOUNT ? "RUN --mount from=" : "--from=";
      if (ref.isEmpty()) {
        findings.add(finding(context, edge.instruction(), what + " is empty; name a stage"));
      } else if (edge.byIndex()) {
        findings.add(
            finding(
                context,
                edge.instruction(),
                what
                    + ref
                    + " points past the last stage (there are "
                    + stages.size()
                    + " stages, numbered from 0)"));
      } else if (looksLikeStageName(ref)) {
        findings.add(
            finding(
                context,
                edge.instruction(),
                what
                    + ref
                    + ": no stage is named '"
                    + ref
                    + "'"
                    + suggestion(ref, stages)
                    + "; Docker would try to pull an image called '"
                    + ref
                    + "'"));
      }
    }
    return findings;
  }

  private static boolean looksLikeStageName(String ref) {
    if (ImageReference.isUnresolved(ref)
        || WELL_KNOWN_IMAGES.contains(ref.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    return ref.indexOf(':') < 0 && ref.indexOf('/') < 0 && ref.indexOf('@') < 0;
  }

  private static String suggestion(String ref, List<Stage> stages) {
    String best = "";
    int bestDistance = 3;
    if (ref.length() > MAX_SUGGESTED) {
      return "";
    }
    for (Stage s : stages) {
      if (s.name().isEmpty() || s.name().get().length() > MAX_SUGGESTED) {
        continue;
      }
      int d =
          EditDistance.between(
              ref.toLowerCase(java.util.Locale.ROOT),
              s.name().get().toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = s.name().get();
      }
    }
    return best.isEmpty() ? "" : " (did you mean '" + best + "'?)";
  }
}
