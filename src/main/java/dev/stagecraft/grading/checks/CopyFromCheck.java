package dev.stagecraft.grading.checks;

import dev.stagecraft.dockerfile.CopyFromEdge;
import dev.stagecraft.dockerfile.Stage;
import dev.stagecraft.grading.Check;
import dev.stagecraft.grading.CheckCategory;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.Verdict;
import java.util.Optional;

/** The final stage takes its artifacts from an earlier stage with {@code COPY --from}. */
public record CopyFromCheck() implements Check {

  public static CopyFromCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly();
    return new CopyFromCheck();
  }

  @Override
  public String type() {
    return "copy-from";
  }

  @Override
  public String title() {
    return "The final stage copies its artifacts with COPY --from";
  }

  @Override
  public CheckCategory category() {
    return CheckCategory.STATIC;
  }

  @Override
  public Verdict evaluate(GradingContext context) {
    Optional<Stage> last = context.stages().finalStage();
    if (last.isEmpty()) {
      return Verdict.fail(
          "The Dockerfile has no FROM line.", "a final stage with COPY --from", "no stages");
    }
    // Only a stage of this Dockerfile counts: COPY --from=busybox reads an image, not a build.
    long copies =
        context.stages().copyEdgesInto(last.get()).stream()
            .filter(e -> e.kind() == CopyFromEdge.Kind.COPY && !e.isExternalImage())
            .count();
    long external =
        context.stages().copyEdgesInto(last.get()).stream()
            .filter(e -> e.kind() == CopyFromEdge.Kind.COPY && e.isExternalImage())
            .count();
    if (copies == 0 && external > 0) {
      return Verdict.fail(
          "The final stage (line "
              + last.get().from().line()
              + ") copies only from other images, not from a build stage of this Dockerfile.",
          "at least one COPY --from=<stage> in the final stage",
          external + " COPY --from=<image>");
    }
    if (copies > 0) {
      return Verdict.pass("The final stage copies from another stage.", copies + " COPY --from");
    }
    return Verdict.fail(
        "The final stage (line "
            + last.get().from().line()
            + ") copies nothing from a build stage.",
        "at least one COPY --from=<stage> in the final stage",
        "none");
  }
}
