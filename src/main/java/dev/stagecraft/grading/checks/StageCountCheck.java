package dev.stagecraft.grading.checks;

import dev.stagecraft.grading.Check;
import dev.stagecraft.grading.CheckCategory;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.Verdict;

/** The Dockerfile has at least {@code min} build stages (FROM lines). */
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
    int stages = context.dockerfile().stages().size();
    String actual = stages + (stages == 1 ? " stage" : " stages");
    if (stages >= min) {
      return Verdict.pass("The Dockerfile has " + actual + ".", actual);
    }
    return Verdict.fail(
        "The Dockerfile has " + actual + "; build in one stage and ship from another.",
        "at least " + min + " stages",
        actual);
  }
}
