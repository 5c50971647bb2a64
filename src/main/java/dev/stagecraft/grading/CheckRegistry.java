package dev.stagecraft.grading;

import dev.stagecraft.course.CheckSpec;
import dev.stagecraft.grading.checks.AddedSizeCheck;
import dev.stagecraft.grading.checks.CacheAfterSourceChangeCheck;
import dev.stagecraft.grading.checks.CommandCheck;
import dev.stagecraft.grading.checks.CopyFromCheck;
import dev.stagecraft.grading.checks.EnvCheck;
import dev.stagecraft.grading.checks.ExecFormCheck;
import dev.stagecraft.grading.checks.ExposedPortsCheck;
import dev.stagecraft.grading.checks.FileContentCheck;
import dev.stagecraft.grading.checks.FinalBaseCheck;
import dev.stagecraft.grading.checks.HealthcheckCheck;
import dev.stagecraft.grading.checks.HttpCheck;
import dev.stagecraft.grading.checks.ImageSizeCheck;
import dev.stagecraft.grading.checks.LabelsCheck;
import dev.stagecraft.grading.checks.LayerCountCheck;
import dev.stagecraft.grading.checks.LintRuleCheck;
import dev.stagecraft.grading.checks.NamedStagesCheck;
import dev.stagecraft.grading.checks.NearReferenceCheck;
import dev.stagecraft.grading.checks.NoSecretsCheck;
import dev.stagecraft.grading.checks.NoSetuidCheck;
import dev.stagecraft.grading.checks.NoSourceFilesCheck;
import dev.stagecraft.grading.checks.NonRootUserCheck;
import dev.stagecraft.grading.checks.PackageCountCheck;
import dev.stagecraft.grading.checks.PathAbsentCheck;
import dev.stagecraft.grading.checks.PathPresentCheck;
import dev.stagecraft.grading.checks.RunsCheck;
import dev.stagecraft.grading.checks.SmallerThanStarterCheck;
import dev.stagecraft.grading.checks.StageCountCheck;
import dev.stagecraft.grading.checks.TargetBuildCheck;
import dev.stagecraft.grading.checks.TextAbsentCheck;
import dev.stagecraft.grading.checks.ToolchainAbsentCheck;
import dev.stagecraft.grading.checks.WastedBytesCheck;
import dev.stagecraft.grading.checks.WorkdirCheck;
import dev.stagecraft.grading.checks.structure.StructureTest;
import dev.stagecraft.lint.Linter;
import java.nio.file.Path;
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

  /**
   * Makes several checks from one entry, each reported on its own: a container-structure-test file
   * becomes one check per test it holds.
   */
  @FunctionalInterface
  public interface ExpandingFactory {
    List<Check> create(CheckParams params) throws CheckSpecException;
  }

  private final Map<String, ExpandingFactory> factories;

  private CheckRegistry(Map<String, ExpandingFactory> factories) {
    this.factories = factories;
  }

  /** Every check type stagecraft ships; lint checks consult the given linter's rules. */
  public static CheckRegistry standard(Linter linter) {
    Map<String, ExpandingFactory> f = new LinkedHashMap<>();
    // Dockerfile
    f.put("stage-count", single(StageCountCheck::from));
    f.put("named-stages", single(NamedStagesCheck::from));
    f.put("copy-from", single(CopyFromCheck::from));
    f.put("final-base", single(FinalBaseCheck::from));
    f.put("lint", single(params -> LintRuleCheck.from(params, linter)));
    // image files
    f.put("toolchain-absent", single(ToolchainAbsentCheck::from));
    f.put("path-present", single(PathPresentCheck::from));
    f.put("path-absent", single(PathAbsentCheck::from));
    f.put("file-content", single(FileContentCheck::from));
    f.put("no-source-files", single(NoSourceFilesCheck::from));
    f.put("no-setuid", single(NoSetuidCheck::from));
    f.put("no-secrets", single(NoSecretsCheck::from));
    // image metadata
    f.put("non-root-user", single(NonRootUserCheck::from));
    f.put("exposed-ports", single(ExposedPortsCheck::from));
    f.put("exec-form", single(ExecFormCheck::from));
    f.put("env", single(EnvCheck::from));
    f.put("labels", single(LabelsCheck::from));
    f.put("workdir", single(WorkdirCheck::from));
    f.put("healthcheck", single(HealthcheckCheck::from));
    // layers and packages
    f.put("image-size", single(ImageSizeCheck::from));
    f.put("added-size", single(AddedSizeCheck::from));
    f.put("layer-count", single(LayerCountCheck::from));
    f.put("package-count", single(PackageCountCheck::from));
    f.put("wasted-bytes", single(WastedBytesCheck::from));
    f.put("text-absent", single(TextAbsentCheck::from));
    // runtime
    f.put("runs", single(RunsCheck::from));
    f.put("command", single(CommandCheck::from));
    f.put("http", single(HttpCheck::from));
    f.put("structure-test", StructureTest::expand);
    // other builds
    f.put("smaller-than-starter", single(SmallerThanStarterCheck::from));
    f.put("near-reference", single(NearReferenceCheck::from));
    f.put("target-build", single(TargetBuildCheck::from));
    f.put("cache-after-source-change", single(CacheAfterSourceChangeCheck::from));
    return new CheckRegistry(Map.copyOf(f));
  }

  private static ExpandingFactory single(Factory factory) {
    return params -> List.of(factory.create(params));
  }

  public List<String> types() {
    return List.copyOf(new TreeSet<>(factories.keySet()));
  }

  /** The checks one entry makes; file parameters resolve against {@code exerciseDir}. */
  public List<Check> create(CheckSpec spec, Path exerciseDir) throws CheckSpecException {
    ExpandingFactory factory = factories.get(spec.type());
    if (factory == null) {
      throw new CheckSpecException(
          String.format(
              "%s:%d: unknown check type '%s'; use one of: %s.",
              spec.sourceName(), spec.line(), spec.type(), String.join(", ", types())));
    }
    return factory.create(new CheckParams(spec, exerciseDir));
  }

  /**
   * Makes every check of an exercise, in order, so a bad spec is reported before anything is built.
   *
   * @param exerciseDir the exercise folder, where files named by checks (a structure-test config)
   *     are read
   */
  public List<PlannedCheck> plan(List<CheckSpec> specs, Path exerciseDir)
      throws CheckSpecException {
    List<PlannedCheck> plan = new ArrayList<>(specs.size());
    for (CheckSpec spec : specs) {
      for (Check check : create(spec, exerciseDir)) {
        plan.add(new PlannedCheck(check, spec.hint()));
      }
    }
    return List.copyOf(plan);
  }
}
