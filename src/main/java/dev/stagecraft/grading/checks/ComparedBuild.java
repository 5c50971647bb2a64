package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.BuildOutcome;
import java.util.Locale;
import java.util.Optional;

/** The words the checks that compare the image with another build of the exercise share. */
final class ComparedBuild {

  private ComparedBuild() {}

  /**
   * Why there is no size to compare with, for a skipped verdict: "the starter did not build: …".
   */
  static String whyNotBuilt(Optional<BuildOutcome> outcome, String what) {
    return outcome.map(o -> whyNotBuilt(o, what)).orElse(what + " was not built");
  }

  private static String whyNotBuilt(BuildOutcome outcome, String what) {
    if (outcome instanceof BuildOutcome.Failed failed) {
      return what + " did not build: " + failed.message();
    }
    if (outcome instanceof BuildOutcome.FailedBeforeChange failed) {
      return what + " did not build: " + failed.message();
    }
    if (outcome instanceof BuildOutcome.Unavailable unavailable) {
      return unavailable.reason();
    }
    return what + " built";
  }

  /** "550×", "3.7×". */
  static String times(double ratio) {
    return ratio >= 10
        ? String.format(Locale.ROOT, "%.0f×", ratio)
        : String.format(Locale.ROOT, "%.1f×", ratio);
  }
}
