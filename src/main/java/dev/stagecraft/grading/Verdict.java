package dev.stagecraft.grading;

import java.util.Optional;

/**
 * What a check concluded, before the grader attaches its id, title and hint.
 *
 * @param expected what the exercise asks for, in words a learner understands ("under 10.0 MB")
 * @param actual what was found ("812.4 MB")
 */
public record Verdict(
    Status status, String message, Optional<String> expected, Optional<String> actual) {

  public static Verdict pass(String message) {
    return new Verdict(Status.PASS, message, Optional.empty(), Optional.empty());
  }

  public static Verdict pass(String message, String actual) {
    return new Verdict(Status.PASS, message, Optional.empty(), Optional.of(actual));
  }

  public static Verdict fail(String message, String expected, String actual) {
    return new Verdict(Status.FAIL, message, Optional.of(expected), Optional.of(actual));
  }

  public static Verdict skipped(String reason) {
    return new Verdict(Status.SKIPPED, reason, Optional.empty(), Optional.empty());
  }

  public static Verdict error(String message) {
    return new Verdict(Status.ERROR, message, Optional.empty(), Optional.empty());
  }
}
