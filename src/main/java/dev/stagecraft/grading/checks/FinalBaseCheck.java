package dev.stagecraft.grading.checks;

import dev.stagecraft.grading.Check;
import dev.stagecraft.grading.CheckCategory;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The final stage starts from a minimal base. An allowed entry matches when the image reference
 * contains it, so "-slim" allows node:20-slim and "distroless" allows any distroless image.
 */
public record FinalBaseCheck(List<String> allowed) implements Check {

  static final List<String> MINIMAL_BASES =
      List.of(
          "scratch", "distroless", "-slim", "-alpine", "alpine", "-jre", "jre-", "nginx:alpine");

  public static FinalBaseCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("allowed");
    List<String> allowed = params.optionalStrings("allowed");
    return new FinalBaseCheck(allowed.isEmpty() ? MINIMAL_BASES : allowed);
  }

  @Override
  public String type() {
    return "final-base";
  }

  @Override
  public String title() {
    return "The final stage uses a minimal base image";
  }

  @Override
  public CheckCategory category() {
    return CheckCategory.STATIC;
  }

  @Override
  public Verdict evaluate(GradingContext context) {
    Optional<String> base = context.stages().finalStage().map(context.stages()::rootImage);
    String expected = "one of: " + String.join(", ", allowed);
    if (base.isEmpty()) {
      return Verdict.fail("The Dockerfile has no FROM line.", expected, "no stages");
    }
    String image = base.get().toLowerCase(Locale.ROOT);
    if (allowed.stream().anyMatch(a -> image.contains(a.toLowerCase(Locale.ROOT)))) {
      return Verdict.pass("The final stage is based on " + base.get() + ".", base.get());
    }
    return Verdict.fail(
        "The final stage is based on " + base.get() + ", which carries more than the app needs.",
        expected,
        base.get());
  }
}
