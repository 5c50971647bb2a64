package dev.stagecraft.grading;

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
 */
public record Grade(
    String name,
    Path dockerfile,
    List<CheckResult> results,
    Optional<ImageSummary> image,
    boolean engineReachable,
    Timings timings,
    Map<String, Long> comparedSizes) {

  public Grade {
    results = List.copyOf(results);
    comparedSizes = Map.copyOf(comparedSizes);
  }

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
