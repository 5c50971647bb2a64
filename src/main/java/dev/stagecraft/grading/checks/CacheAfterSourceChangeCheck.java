package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.BuildOutcome;
import dev.stagecraft.facts.BuildOutcome.BuiltStep;
import dev.stagecraft.facts.BuildSpec;
import dev.stagecraft.facts.ContextChange;
import dev.stagecraft.grading.Check;
import dev.stagecraft.grading.CheckCategory;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * After a change to one source file, the step that installs the dependencies comes from the build
 * cache: the Dockerfile copies the dependency manifests and installs them before it copies the
 * sources. The check asks for the Dockerfile to be built as it is and then on a copy of the context
 * where {@code touch} has an empty line appended, and reads which steps were cache hits.
 */
public record CacheAfterSourceChangeCheck(String touch, Pattern step) implements Check {

  public static CacheAfterSourceChangeCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("touch", "step");
    String touch = ContextFiles.relative(params, "touch");
    String step = params.string("step");
    try {
      return new CacheAfterSourceChangeCheck(touch, Pattern.compile(step));
    } catch (PatternSyntaxException e) {
      throw params.problem("step", "is not a valid pattern: " + e.getDescription());
    }
  }

  private BuildSpec spec() {
    return BuildSpec.afterChange(Optional.empty(), ContextChange.touch(touch));
  }

  @Override
  public String type() {
    return "cache-after-source-change";
  }

  @Override
  public String title() {
    return "Dependencies come from the cache after " + touch + " changes";
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
    Optional<BuildOutcome> outcome = context.build(spec());
    if (outcome.isEmpty()) {
      return Verdict.skipped(
          context.whyNoImage().isEmpty() ? "the rebuild was not tried" : context.whyNoImage());
    }
    if (outcome.get() instanceof BuildOutcome.Unavailable unavailable) {
      return Verdict.skipped("Could not rebuild after the change: " + unavailable.reason());
    }
    if (outcome.get() instanceof BuildOutcome.FailedBeforeChange) {
      return Verdict.skipped("the Dockerfile does not build; fix the build first");
    }
    if (outcome.get() instanceof BuildOutcome.Failed failed) {
      return Verdict.fail(
          "The Dockerfile no longer builds after an empty line was added to " + touch + ".",
          "the same build, with the dependencies from the cache",
          failed.line().map(l -> "failed at line " + l + ": ").orElse("failed: ")
              + failed.message());
    }
    return judge(((BuildOutcome.Built) outcome.get()).steps());
  }

  private Verdict judge(List<BuiltStep> steps) {
    List<BuiltStep> installs =
        steps.stream()
            .filter(s -> s.instruction().regionMatches(true, 0, "RUN", 0, 3))
            .filter(s -> step.matcher(s.instruction()).find())
            .toList();
    String expected = "a RUN step matching /" + step + "/ taken from the cache";
    if (installs.isEmpty()) {
      return Verdict.fail(
          "No RUN step installs the dependencies, so there is nothing to keep in the cache.",
          expected,
          "no RUN step matches /" + step + "/");
    }
    // FROM names an image; it is never a cache hit, nor rebuilt.
    List<BuiltStep> cacheable = steps.stream().filter(s -> !isFrom(s)).toList();
    Optional<BuiltStep> firstRebuilt = cacheable.stream().filter(s -> !s.cached()).findFirst();
    if (firstRebuilt.isEmpty()) {
      return Verdict.fail(
          "Every step came from the cache after "
              + touch
              + " changed, so the change never reached the build: copy the sources into the"
              + " image (and keep them out of .dockerignore).",
          expected + ", and the sources copied after it",
          "no step ran again");
    }
    Optional<BuiltStep> rebuiltInstall = installs.stream().filter(s -> !s.cached()).findFirst();
    if (rebuiltInstall.isPresent()) {
      BuiltStep install = rebuiltInstall.get();
      BuiltStep cause = firstRebuiltBefore(steps, install);
      return Verdict.fail(
          "After "
              + touch
              + " changed, "
              + describe(install)
              + " ran again: "
              + describe(cause)
              + " copied the changed file first, and every step after it was rebuilt.",
          expected,
          describe(install) + " ran again");
    }
    BuiltStep last = installs.get(installs.size() - 1);
    return Verdict.pass(
        describe(last)
            + " came from the cache after "
            + touch
            + " changed; the build resumed at "
            + describe(firstRebuilt.get())
            + ".",
        describe(last) + " from the cache");
  }

  /**
   * The step that broke the cache before {@code install}: the first rebuilt one of its stage (in
   * the classic builder every step after a miss misses too), else the first rebuilt one before it.
   */
  private static BuiltStep firstRebuiltBefore(List<BuiltStep> steps, BuiltStep install) {
    int stageStart =
        steps.stream()
            .filter(s -> isFrom(s) && s.number() < install.number())
            .mapToInt(BuiltStep::number)
            .max()
            .orElse(0);
    List<BuiltStep> before =
        steps.stream()
            .filter(s -> !isFrom(s) && !s.cached() && s.number() < install.number())
            .toList();
    return before.stream()
        .filter(s -> s.number() > stageStart)
        .findFirst()
        .or(() -> before.stream().findFirst())
        .orElse(install);
  }

  private static boolean isFrom(BuiltStep step) {
    return step.instruction().regionMatches(true, 0, "FROM", 0, 4);
  }

  /** "line 5 (RUN npm ci --offline)". */
  private static String describe(BuiltStep step) {
    String text = step.instruction().replaceAll("\\s+", " ").strip();
    if (text.length() > 60) {
      text = text.substring(0, 57) + "...";
    }
    return (step.line() > 0 ? "line " + step.line() : "step " + step.number()) + " (" + text + ")";
  }
}
