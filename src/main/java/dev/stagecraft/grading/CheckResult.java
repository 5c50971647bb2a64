package dev.stagecraft.grading;

import java.time.Duration;
import java.util.Optional;

/**
 * One check's outcome as reports show it.
 *
 * @param id stable identifier within the exercise (the check type, numbered when repeated)
 * @param hint shown with a failure: the exercise's hint for this check
 */
public record CheckResult(
    String id,
    String title,
    CheckCategory category,
    Verdict verdict,
    Optional<String> hint,
    Duration duration) {

  public Status status() {
    return verdict.status();
  }

  public String message() {
    return verdict.message();
  }
}
