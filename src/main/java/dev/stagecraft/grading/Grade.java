package dev.stagecraft.grading;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of grading one Dockerfile.
 *
 * @param engineReachable false when no engine could be used: image checks are then skipped
 */
public record Grade(
    String name,
    Path dockerfile,
    List<CheckResult> results,
    Optional<ImageSummary> image,
    boolean engineReachable,
    Timings timings) {

  /** Passed means every check passed: a skipped check is not a pass. */
  public boolean passed() {
    return !results.isEmpty() && results.stream().allMatch(r -> r.status() == Status.PASS);
  }

  public long count(Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }
}
