package dev.stagecraft.grading;

import dev.stagecraft.facts.EngineInterruption;
import dev.stagecraft.lint.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of grading one Dockerfile.
 *
 * @param engineReachable false when no engine could be used: image checks are then skipped
 * @param comparedSizes sizes of other builds this grade measured, by role ("starter", "reference"),
 *     in uncompressed bytes
 * @param advice the linter's warnings and notes that no check of the exercise grades: shown as
 *     advice, never counted in the grade
 * @param interruption present when the engine stopped the check part way: the Dockerfile was not
 *     graded, and the results say nothing of it beyond the static checks
 */
public record Grade(
    String name,
    Path dockerfile,
    List<CheckResult> results,
    Optional<ImageSummary> image,
    boolean engineReachable,
    Timings timings,
    Map<String, Long> comparedSizes,
    List<Finding> advice,
    Optional<EngineInterruption> interruption) {

  public Grade {
    results = List.copyOf(results);
    comparedSizes = Map.copyOf(comparedSizes);
    advice = List.copyOf(advice);
  }

  /** A grade the engine did not interrupt. */
  public Grade(
      String name,
      Path dockerfile,
      List<CheckResult> results,
      Optional<ImageSummary> image,
      boolean engineReachable,
      Timings timings,
      Map<String, Long> comparedSizes,
      List<Finding> advice) {
    this(
        name,
        dockerfile,
        results,
        image,
        engineReachable,
        timings,
        comparedSizes,
        advice,
        Optional.empty());
  }

  /**
   * False when the engine stopped the check part way (see {@link #interruption}): not a failure of
   * the Dockerfile, and not an attempt.
   */
  public boolean graded() {
    return interruption.isEmpty();
  }

  /** A grade without advice. */
  public Grade(
      String name,
      Path dockerfile,
      List<CheckResult> results,
      Optional<ImageSummary> image,
      boolean engineReachable,
      Timings timings,
      Map<String, Long> comparedSizes) {
    this(name, dockerfile, results, image, engineReachable, timings, comparedSizes, List.of());
  }

  /** The result of the build, when the grade got as far as trying one. */
  public Optional<CheckResult> build() {
    return results.stream().filter(r -> r.id().equals(BUILD_ID)).findFirst();
  }

  /** True when the image did not build (or could not be built), so image checks could not run. */
  public boolean buildFailed() {
    return build().map(b -> b.status() == Status.FAIL).orElse(false);
  }

  /** The id of the build's result among the checks. */
  public static final String BUILD_ID = "build";

  /** The title of the build's result, which reports count as one of the checks. */
  public static final String BUILD_TITLE = "The Dockerfile builds";

  /** Passed means every check passed: a skipped check is not a pass. */
  public boolean passed() {
    return !results.isEmpty() && results.stream().allMatch(r -> r.status() == Status.PASS);
  }

  /** Whether the Dockerfile was built: an image was made, whatever the checks then said of it. */
  public boolean built() {
    return image.isPresent();
  }

  public long count(Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }
}
