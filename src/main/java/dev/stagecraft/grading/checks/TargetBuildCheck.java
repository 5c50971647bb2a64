package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.BuildOutcome;
import dev.stagecraft.facts.BuildSpec;
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
 * Building up to a named stage succeeds or fails as the exercise expects: a test stage must fail
 * the build when a test fails, and a build stage must build on its own.
 */
public record TargetBuildCheck(String target, boolean expectSuccess) implements Check {

  public static TargetBuildCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("target", "expect");
    String expect = params.optionalString("expect").orElse("success").toLowerCase(Locale.ROOT);
    if (!expect.equals("success") && !expect.equals("failure")) {
      throw params.problem("expect", "must be success or failure, not '" + expect + "'");
    }
    return new TargetBuildCheck(params.string("target"), expect.equals("success"));
  }

  @Override
  public String type() {
    return "target-build";
  }

  @Override
  public String title() {
    return "Building --target " + target + (expectSuccess ? " succeeds" : " fails");
  }

  @Override
  public CheckCategory category() {
    return CheckCategory.IMAGE;
  }

  @Override
  public List<BuildSpec> buildsNeeded() {
    return List.of(BuildSpec.target(target));
  }

  @Override
  public Verdict evaluate(GradingContext context) {
    if (context.dockerfile().stage(target).isEmpty()) {
      return Verdict.fail(
          "The Dockerfile has no stage named '" + target + "'.",
          "a stage FROM ... AS " + target,
          "stages: "
              + String.join(
                  ", ",
                  context.dockerfile().stages().stream()
                      .map(s -> s.name().orElse("stage " + (s.index() + 1) + " (unnamed)"))
                      .toList()));
    }
    Optional<BuildOutcome> outcome = context.build(BuildSpec.target(target));
    if (outcome.isEmpty()) {
      return Verdict.skipped(
          context.whyNoImage().isEmpty() ? "the target was not built" : context.whyNoImage());
    }
    String expected = expectSuccess ? "the build succeeds" : "the build fails";
    if (outcome.get() instanceof BuildOutcome.Unavailable unavailable) {
      return Verdict.skipped("Could not build --target " + target + ": " + unavailable.reason());
    }
    if (outcome.get() instanceof BuildOutcome.Failed failed) {
      return expectSuccess
          ? Verdict.fail(
              "--target " + target + " does not build.", expected, "failed: " + failed.message())
          : Verdict.pass(
              "--target " + target + " fails, as it should.", "failed: " + failed.message());
    }
    return expectSuccess
        ? Verdict.pass("--target " + target + " builds.", "built")
        : Verdict.fail(
            "--target "
                + target
                + " builds although it should fail (does the stage run the tests?).",
            expected,
            "built");
  }
}
