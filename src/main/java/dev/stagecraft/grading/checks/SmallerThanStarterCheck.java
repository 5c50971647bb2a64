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
 * The final image is at least {@code factor} times smaller than the exercise's starter image, so a
 * budget need not be guessed for every base image and platform.
 */
public record SmallerThanStarterCheck(double factor) implements ImageCheck {

  private static final BuildSpec STARTER = BuildSpec.of(BuildSpec.Role.STARTER);

  public static SmallerThanStarterCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("factor");
    double factor = params.number("factor");
    if (factor < 1) {
      throw params.problem("factor", "must be 1 or more");
    }
    return new SmallerThanStarterCheck(factor);
  }

  @Override
  public String type() {
    return "smaller-than-starter";
  }

  @Override
  public String title() {
    return "At least " + ComparedBuild.times(factor) + " smaller than the starter";
  }

  @Override
  public List<BuildSpec> buildsNeeded() {
    return List.of(STARTER);
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    Optional<BuildOutcome> starter = context.build(STARTER);
    if (starter.isPresent() && starter.get() instanceof BuildOutcome.AtLeast floor) {
      return againstFloor(image, floor);
    }
    if (starter.isEmpty() || !(starter.get() instanceof BuildOutcome.Built built)) {
      String why = ComparedBuild.whyNotBuilt(starter, "the starter");
      return Verdict.skipped("Cannot compare with the starter: " + why);
    }
    long starterBytes = built.sizeBytes();
    long yours = Math.max(1, image.sizeBytes());
    double ratio = (double) starterBytes / yours;
    String actual =
        ComparedBuild.times(ratio)
            + " smaller ("
            + Sizes.megabytes(image.sizeBytes())
            + " vs "
            + Sizes.megabytes(starterBytes)
            + ")";
    if (ratio >= factor) {
      return Verdict.pass("The image is " + actual + ".", actual);
    }
    return Verdict.fail(
        "The image is only " + ComparedBuild.times(ratio) + " smaller than the starter.",
        "at least "
            + ComparedBuild.times(factor)
            + " smaller than the starter's "
            + Sizes.megabytes(starterBytes),
        actual);
  }

  /**
   * The starter was not built: it is at least as big as the image it starts from. That passes when
   * the image is already the factor smaller than that; otherwise the starter must be built, so the
   * grader asks only for a pass here and builds it for anything else.
   */
  private Verdict againstFloor(ImageFacts image, BuildOutcome.AtLeast floor) {
    long yours = Math.max(1, image.sizeBytes());
    double ratio = (double) floor.sizeBytes() / yours;
    String actual =
        "at least "
            + ComparedBuild.times(ratio)
            + " smaller ("
            + Sizes.megabytes(image.sizeBytes())
            + " vs at least "
            + Sizes.megabytes(floor.sizeBytes())
            + ", the size of "
            + floor.baseImage()
            + " the starter builds on)";
    if (ratio >= factor) {
      return Verdict.pass("The image is " + actual + ".", actual);
    }
    return Verdict.skipped(
        "The starter's size is needed: its base image alone is not "
            + ComparedBuild.times(factor)
            + " bigger than the image.");
  }
}
