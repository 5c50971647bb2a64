package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Sizes;
import dev.stagecraft.grading.Verdict;

/** The final image, counted uncompressed layer by layer, fits a size budget. */
public record ImageSizeCheck(long maxBytes) implements ImageCheck {

  public static ImageSizeCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("maxMB");
    double maxMb = params.number("maxMB");
    if (maxMb <= 0) {
      throw params.problem("maxMB", "must be more than 0");
    }
    return new ImageSizeCheck(Sizes.fromMegabytes(maxMb));
  }

  @Override
  public String type() {
    return "image-size";
  }

  @Override
  public String title() {
    return "Final image under " + Sizes.megabytes(maxBytes);
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    long size = image.sizeBytes();
    String actual =
        Sizes.megabytes(size)
            + " ("
            + Sizes.megabytes(image.baseBytes())
            + " base + "
            + Sizes.megabytes(image.addedBytes())
            + " from your steps)";
    if (size <= maxBytes) {
      return Verdict.pass("The final image is " + actual + ".", actual);
    }
    return Verdict.fail(
        "The final image is " + Sizes.megabytes(size) + ", over the budget.",
        "at most " + Sizes.megabytes(maxBytes),
        actual);
  }
}
