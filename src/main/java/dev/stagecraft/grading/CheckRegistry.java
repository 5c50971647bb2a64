package dev.stagecraft.grading;

import dev.stagecraft.course.CheckSpec;
import dev.stagecraft.grading.checks.CopyFromCheck;
import dev.stagecraft.grading.checks.FinalBaseCheck;
import dev.stagecraft.grading.checks.HttpCheck;
import dev.stagecraft.grading.checks.ImageSizeCheck;
import dev.stagecraft.grading.checks.LintRuleCheck;
import dev.stagecraft.grading.checks.NamedStagesCheck;
import dev.stagecraft.grading.checks.NonRootUserCheck;
import dev.stagecraft.grading.checks.RunsCheck;
import dev.stagecraft.grading.checks.SmallerThanStarterCheck;
import dev.stagecraft.grading.checks.StageCountCheck;
import dev.stagecraft.grading.checks.TargetBuildCheck;
import dev.stagecraft.grading.checks.ToolchainAbsentCheck;
import dev.stagecraft.lint.Linter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The one place that knows every check type exercise.yaml may name, and how to make each. */
public final class CheckRegistry {

  /** Makes a check from its parameters, rejecting what it cannot use. */
  @FunctionalInterface
  public interface Factory {
    Check create(CheckParams params) throws CheckSpecException;
  }

  private final Map<String, Factory> factories;

  private CheckRegistry(Map<String, Factory> factories) {
    this.factories = factories;
  }

  /** Every check type stagecraft ships; lint checks consult the given linter's rules. */
  public static CheckRegistry standard(Linter linter) {
    Map<String, Factory> f = new LinkedHashMap<>();
    f.put("stage-count", StageCountCheck::from);
    f.put("named-stages", NamedStagesCheck::from);
    f.put("copy-from", CopyFromCheck::from);
    f.put("final-base", FinalBaseCheck::from);
    f.put("lint", params -> LintRuleCheck.from(params, linter));
    f.put("image-size", ImageSizeCheck::from);
    f.put("toolchain-absent", ToolchainAbsentCheck::from);
    f.put("non-root-user", NonRootUserCheck::from);
    f.put("runs", RunsCheck::from);
    f.put("http", HttpCheck::from);
    f.put("smaller-than-starter", SmallerThanStarterCheck::from);
    f.put("target-build", TargetBuildCheck::from);
    return new CheckRegistry(Map.copyOf(f));
  }

  public List<String> types() {
    return List.copyOf(new TreeSet<>(factories.keySet()));
  }

  public Check create(CheckSpec spec) throws CheckSpecException {
    Factory factory = factories.get(spec.type());
    if (factory == null) {
      throw new CheckSpecException(
          String.format(
              "%s:%d: unknown check type '%s'; use one of: %s.",
              spec.sourceName(), spec.line(), spec.type(), String.join(", ", types())));
    }
    return factory.create(new CheckParams(spec));
  }

  /** Makes every check of an exercise, so a bad spec is reported before anything is built. */
  public List<Check> createAll(List<CheckSpec> specs) throws CheckSpecException {
    List<Check> checks = new ArrayList<>(specs.size());
    for (CheckSpec spec : specs) {
      checks.add(create(spec));
    }
    return List.copyOf(checks);
  }
}
