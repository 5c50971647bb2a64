package dev.stagecraft.grading;

import dev.stagecraft.facts.ImageFacts;

/** A check that needs the built image; it is skipped, with the reason, when there is none. */
public interface ImageCheck extends Check {

  @Override
  default CheckCategory category() {
    return CheckCategory.IMAGE;
  }

  @Override
  default Verdict evaluate(GradingContext context) {
    return context
        .image()
        .map(facts -> evaluate(facts, context))
        .orElseGet(() -> Verdict.skipped(context.whyNoImage()));
  }

  Verdict evaluate(ImageFacts image, GradingContext context);
}
