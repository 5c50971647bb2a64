package dev.stagecraft.grading;

import dev.stagecraft.course.CheckSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One grading job: a Dockerfile, the context it builds in, and the checks it must pass.
 *
 * @param name short name for the image tag and reports, e.g. the exercise id
 * @param buildContext the build context, which is also the exercise folder: files that checks name
 *     (a structure-test config) are read from it
 * @param starterDockerfile the exercise's starter as it shipped, for size comparisons
 * @param referenceDockerfile the exercise's reference solution, for size comparisons
 */
public record GradingRequest(
    String name,
    Path dockerfile,
    Path buildContext,
    List<CheckSpec> checks,
    Optional<Path> starterDockerfile,
    Optional<Path> referenceDockerfile) {

  /** A request with nothing to compare against. */
  public static GradingRequest of(
      String name, Path dockerfile, Path buildContext, List<CheckSpec> checks) {
    return new GradingRequest(
        name, dockerfile, buildContext, checks, Optional.empty(), Optional.empty());
  }
}
