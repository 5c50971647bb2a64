package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * The image has a HEALTHCHECK (or, with {@code required: false}, has none, e.g. because the
 * orchestrator probes it). {@code HEALTHCHECK NONE} counts as none.
 */
public record HealthcheckCheck(boolean required) implements ImageCheck {

  public static HealthcheckCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("required");
    return new HealthcheckCheck(params.bool("required", true));
  }

  @Override
  public String type() {
    return "healthcheck";
  }

  @Override
  public String title() {
    return required ? "Has a HEALTHCHECK" : "Has no HEALTHCHECK";
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    Optional<List<String>> test =
        image.config().healthcheck().filter(t -> !t.isEmpty() && !t.get(0).equals("NONE"));
    String actual = test.map(t -> "HEALTHCHECK " + String.join(" ", t)).orElse("no HEALTHCHECK");
    if (test.isPresent() == required) {
      return Verdict.pass(required ? "The image says how to probe it." : "No HEALTHCHECK.", actual);
    }
    return required
        ? Verdict.fail(
            "The image has no HEALTHCHECK; add one that probes the app without a shell.",
            "a HEALTHCHECK",
            actual)
        : Verdict.fail(
            "The image has a HEALTHCHECK, which this exercise does not want.",
            "no HEALTHCHECK",
            actual);
  }
}
