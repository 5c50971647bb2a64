package dev.stagecraft.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagecraft.grading.CheckResult;
import dev.stagecraft.grading.Grade;
import dev.stagecraft.grading.Status;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One learner's result for one exercise in class grading: what the CSV row, the JUnit testcase and
 * the summary grid show, and the full grade as JSON for those who want every check's text.
 *
 * @param learner the learner's name as the submission gave it (foreign text: renderers make it
 *     safe)
 * @param reason why a broken submission could not be graded; empty otherwise
 * @param failedChecks the checks that failed or erred, in the exercise's order
 * @param imageBytes the graded image's uncompressed size, when it was built
 * @param engine the engine that graded it (empty when nothing was built)
 * @param cached true when this result was reused from an earlier run of an unchanged submission
 * @param grade the grade in {@link JsonReport}'s form, when the submission was graded
 */
public record SubmissionResult(
    String learner,
    String exercise,
    SubmissionStatus status,
    String reason,
    int checksPassed,
    int checksTotal,
    List<FailedCheck> failedChecks,
    OptionalLong imageBytes,
    double seconds,
    String engine,
    boolean cached,
    Optional<JsonNode> grade) {

  public SubmissionResult {
    failedChecks = List.copyOf(failedChecks);
  }

  /** A check that did not pass, as the class reports name it. */
  public record FailedCheck(String id, String title, String message) {}

  /** The result of a submission the grader graded. */
  public static SubmissionResult graded(
      String learner, String exercise, Grade grade, double seconds, String engine) {
    List<FailedCheck> failed =
        grade.results().stream()
            .filter(r -> r.status() == Status.FAIL || r.status() == Status.ERROR)
            .map(SubmissionResult::failedCheck)
            .toList();
    return new SubmissionResult(
        learner,
        exercise,
        grade.passed() ? SubmissionStatus.PASS : SubmissionStatus.FAIL,
        "",
        (int) grade.count(Status.PASS),
        grade.results().size(),
        failed,
        grade.image().map(i -> OptionalLong.of(i.sizeBytes())).orElse(OptionalLong.empty()),
        seconds,
        engine,
        false,
        Optional.of(JsonReport.toJson(grade)));
  }

  /** A submission that could not be graded, and why. */
  public static SubmissionResult broken(
      String learner, String exercise, String reason, double seconds, String engine) {
    return new SubmissionResult(
        learner,
        exercise,
        SubmissionStatus.BROKEN,
        reason,
        0,
        0,
        List.of(),
        OptionalLong.empty(),
        seconds,
        engine,
        false,
        Optional.empty());
  }

  /** This result as reused from the results cache. */
  public SubmissionResult asCached() {
    return new SubmissionResult(
        learner,
        exercise,
        status,
        reason,
        checksPassed,
        checksTotal,
        failedChecks,
        imageBytes,
        seconds,
        engine,
        true,
        grade);
  }

  private static FailedCheck failedCheck(CheckResult result) {
    return new FailedCheck(result.id(), result.title(), result.message());
  }
}
