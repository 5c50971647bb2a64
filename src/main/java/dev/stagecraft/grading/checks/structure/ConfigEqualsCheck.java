package dev.stagecraft.grading.checks.structure;

import dev.stagecraft.facts.ImageConfigFacts;
import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Verdict;
import java.util.function.Function;

/**
 * One field of the image config equals what a structure test's metadataTest says: entrypoint, cmd
 * or user, compared exactly as container-structure-test does.
 *
 * @param field the Dockerfile word for it, e.g. "ENTRYPOINT"
 */
record ConfigEqualsCheck(String field, Function<ImageConfigFacts, String> reader, String expected)
    implements ImageCheck {

  @Override
  public String type() {
    return "structure-test";
  }

  @Override
  public String title() {
    return field + " is " + expected;
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    String actual = reader.apply(image.config());
    if (actual.equals(expected)) {
      return Verdict.pass(field + " is " + actual + ".", field + " " + actual);
    }
    return Verdict.fail(
        field + " is " + actual + ", not " + expected + ".",
        field + " " + expected,
        field + " " + actual);
  }
}
