package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.BuildOutcome;
import dev.stagecraft.facts.BuildSpec;
import dev.stagecraft.facts.ContextChange;
import dev.stagecraft.grading.Check;
import dev.stagecraft.grading.CheckCategory;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Building up to a named stage succeeds or fails as the exercise expects: a test stage must fail
 * the build when a test fails, and a build stage must build on its own. With a {@code change}, the
 * target is built on a copy of the context where a file was changed (a test made to fail), after a
 * build without the change, which must succeed for the outcome to prove anything.
 */
public record TargetBuildCheck(String target, boolean expectSuccess, Optional<ContextChange> change)
    implements Check {

  public TargetBuildCheck(String target, boolean expectSuccess) {
    this(target, expectSuccess, Optional.empty());
  }

  public static TargetBuildCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("target", "expect", "change");
    String expect = params.optionalString("expect").orElse("success").toLowerCase(Locale.ROOT);
    if (!expect.equals("success") && !expect.equals("failure")) {
      throw params.problem("expect", "must be success or failure, not '" + expect + "'");
    }
    return new TargetBuildCheck(params.string("target"), expect.equals("success"), change(params));
  }

  private static Optional<ContextChange> change(CheckParams params) throws CheckSpecException {
    Map<String, String> change = params.optionalStringMap("change");
    if (change.isEmpty()) {
      return Optional.empty();
    }
    if (!change.keySet().equals(Set.of("file", "append"))) {
      throw params.problem(
          "change", "must have exactly 'file' (in the exercise folder) and 'append' (text)");
    }
    String file = ContextFiles.relative(params, "change", change.get("file"));
    return Optional.of(new ContextChange(file, change.get("append")));
  }

  private BuildSpec spec() {
    return change.isPresent()
        ? BuildSpec.afterChange(Optional.of(target), change.get())
        : BuildSpec.target(target);
  }

  @Override
  public String type() {
    return "target-build";
  }

  /**
   * An exercise that builds a stage as a target uses it, though the final image does not: the
   * linter's "unused stage" would advise deleting the very stage graded here.
   */
  @Override
  public java.util.Set<String> lintRulesGraded() {
    return java.util.Set.of("unused-stage");
  }

  @Override
  public String title() {
    return "Building --target "
        + target
        + change.map(c -> " after " + c.describe()).orElse("")
        + (expectSuccess ? " succeeds" : " fails");
  }

  @Override
  public CheckCategory category() {
    return CheckCategory.IMAGE;
  }

  @Override
  public List<BuildSpec> buildsNeeded() {
    return List.of(spec());
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
    Optional<BuildOutcome> outcome = context.build(spec());
    if (outcome.isEmpty()) {
      return Verdict.skipped(
          context.whyNoImage().isEmpty() ? "the target was not built" : context.whyNoImage());
    }
    String expected = expectSuccess ? "the build succeeds" : "the build fails";
    if (outcome.get() instanceof BuildOutcome.Unavailable unavailable) {
      return Verdict.skipped("Could not build --target " + target + ": " + unavailable.reason());
    }
    if (outcome.get() instanceof BuildOutcome.FailedBeforeChange failed) {
      return Verdict.fail(
          "--target " + target + " does not build even before " + change.get().describe() + ".",
          "it builds as it is, and " + (expectSuccess ? "still builds" : "fails") + " after",
          "failed: " + failed.message());
    }
    String after = change.map(c -> " after " + c.describe()).orElse("");
    if (outcome.get() instanceof BuildOutcome.Failed failed) {
      return expectSuccess
          ? Verdict.fail(
              "--target " + target + " does not build" + after + ".",
              expected,
              "failed: " + failed.message())
          : Verdict.pass(
              "--target " + target + " fails" + after + ", as it should.",
              "failed: " + failed.message());
    }
    return expectSuccess
        ? Verdict.pass("--target " + target + " builds" + after + ".", "built")
        : Verdict.fail(
            "--target "
                + target
                + " builds"
                + after
                + " although it should fail (does the stage run the tests?).",
            expected,
            "built");
  }
}
