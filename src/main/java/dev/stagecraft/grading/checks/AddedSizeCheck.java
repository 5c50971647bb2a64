package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Sizes;
import dev.stagecraft.grading.Verdict;

/**
 * The learner's own steps add at most {@code maxMB} on top of the final stage's base image, counted
 * uncompressed: the part of the size the learner controls whatever base they chose.
 */
public record AddedSizeCheck(long maxBytes) implements ImageCheck {

  public static AddedSizeCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("maxMB");
    double maxMb = params.number("maxMB");
    if (maxMb < 0) {
      throw params.problem("maxMB", "must be 0 or more");
    }
    return new AddedSizeCheck(Sizes.fromMegabytes(maxMb));
  }

  @Override
  public String type() {
    return "added-size";
  }

  @Override
  public String title() {
    return "Your steps add at most " + Sizes.megabytes(maxBytes);
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    long added = image.addedBytes();
    String actual =
        Sizes.megabytes(added) + " on top of a " + Sizes.megabytes(image.baseBytes()) + " base";
    if (added <= maxBytes) {
      return Verdict.pass("Your steps add " + Sizes.megabytes(added) + ".", actual);
    }
    return Verdict.fail(
        "Your steps add "
            + Sizes.megabytes(added)
            + "; copy only the built artifact and clean caches in the step that makes them.",
        "at most " + Sizes.megabytes(maxBytes) + " added",
        actual);
  }
}
