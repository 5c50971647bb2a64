package dev.stagecraft.grading.checks;

import dev.stagecraft.grading.Check;
import dev.stagecraft.grading.CheckCategory;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.Verdict;
import java.util.List;

/**
 * The final image is built from at least {@code min} stages: the final stage and those it copies
 * from or is built on, at any depth. A stage nothing uses does not count.
 */
public record StageCountCheck(int min) implements Check {

  public static StageCountCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("min");
    int min = params.integer("min", 2);
    if (min < 1) {
      throw params.problem("min", "must be 1 or more");
    }
    return new StageCountCheck(min);
  }

  @Override
  public String type() {
    return "stage-count";
  }

  @Override
  public String title() {
    return "At least " + min + " build stages";
  }

  @Override
  public CheckCategory category() {
    return CheckCategory.STATIC;
  }

  @Override
  public Verdict evaluate(GradingContext context) {
    int written = context.dockerfile().stages().size();
    // A stage the final image does not use (nothing copied from it, not built on) is a decoy:
    // the build would be the same without it.
    int stages = written == 0 ? 0 : context.stages().stagesFeedingFinal().size();
    String actual = stages + (stages == 1 ? " stage" : " stages");
    List<String> unused =
        context.stages().deadStages().stream()
            .map(s -> s.name().map(n -> "'" + n + "'").orElse("#" + (s.index() + 1)))
            .toList();
    String unusedNote =
        unused.isEmpty()
            ? ""
            : " ("
                + String.join(", ", unused)
                + (unused.size() == 1 ? " is" : " are")
                + " not used by the final stage and "
                + (unused.size() == 1 ? "does" : "do")
                + " not count)";
    if (stages >= min) {
      return Verdict.pass(
          "The final image is built from " + actual + unusedNote + ".",
          actual + (unused.isEmpty() ? "" : " used, " + unused.size() + " unused"));
    }
    return Verdict.fail(
        "The final image is built from "
            + actual
            + unusedNote
            + "; build in one stage and ship from another, copying the result across.",
        "at least " + min + " stages that build the final image",
        actual + (unused.isEmpty() ? "" : " used, " + unused.size() + " unused"));
  }
}
