package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.BuildOutcome;
import dev.stagecraft.facts.BuildSpec;
import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Sizes;
import dev.stagecraft.grading.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * The final image is at most {@code factor} times the size of the reference solution's, so "as lean
 * as ours" is graded without a budget guessed for every base image and platform. It also puts the
 * reference in the report's size chart.
 */
public record NearReferenceCheck(double factor) implements ImageCheck {

  private static final BuildSpec REFERENCE = BuildSpec.of(BuildSpec.Role.REFERENCE);

  public static NearReferenceCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("factor");
    double factor = params.number("factor");
    if (factor < 1) {
      throw params.problem("factor", "must be 1 or more (1 means no bigger than the reference)");
    }
    return new NearReferenceCheck(factor);
  }

  @Override
  public String type() {
    return "near-reference";
  }

  @Override
  public String title() {
    return "At most " + ComparedBuild.times(factor) + " the reference solution's size";
  }

  @Override
  public List<BuildSpec> buildsNeeded() {
    return List.of(REFERENCE);
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    Optional<BuildOutcome> reference = context.build(REFERENCE);
    if (reference.isEmpty() || !(reference.get() instanceof BuildOutcome.Built built)) {
      String why = ComparedBuild.whyNotBuilt(reference, "the reference solution");
      return Verdict.skipped("Cannot compare with the reference: " + why);
    }
    long referenceBytes = Math.max(1, built.sizeBytes());
    double ratio = (double) image.sizeBytes() / referenceBytes;
    String actual =
        ComparedBuild.times(ratio)
            + " the reference ("
            + Sizes.megabytes(image.sizeBytes())
            + " vs "
            + Sizes.megabytes(referenceBytes)
            + ")";
    if (ratio <= factor) {
      return Verdict.pass("The image is " + actual + ".", actual);
    }
    return Verdict.fail(
        "The image is " + ComparedBuild.times(ratio) + " the size of the reference solution's.",
        "at most "
            + ComparedBuild.times(factor)
            + " the reference's "
            + Sizes.megabytes(referenceBytes),
        actual);
  }
}
