package dev.stagecraft.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checks a room fails most, for the instructor to go over with everyone. */
public final class CommonFailures {

  /**
   * @param learners how many submissions failed this check
   */
  public record Failure(String exercise, String checkId, String title, int learners) {}

  private CommonFailures() {}

  /** Every failing check with how many submissions failed it, most common first. */
  public static List<Failure> of(List<SubmissionResult> results) {
    Map<List<String>, Failure> byCheck = new LinkedHashMap<>();
    for (SubmissionResult result : results) {
      for (SubmissionResult.FailedCheck check : result.failedChecks()) {
        byCheck.merge(
            List.of(result.exercise(), check.id()),
            new Failure(result.exercise(), check.id(), check.title(), 1),
            (a, b) -> new Failure(a.exercise(), a.checkId(), a.title(), a.learners() + 1));
      }
    }
    List<Failure> failures = new ArrayList<>(byCheck.values());
    failures.sort(
        Comparator.comparingInt(Failure::learners)
            .reversed()
            .thenComparing(Failure::exercise)
            .thenComparing(Failure::checkId));
    return failures;
  }
}
