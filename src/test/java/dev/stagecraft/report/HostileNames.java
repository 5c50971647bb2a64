package dev.stagecraft.report;

import java.util.List;
import java.util.OptionalLong;

/** Class results whose learner names and reasons were written to attack what shows them. */
final class HostileNames {

  static final String TITLE = "\u001b]0;PWNED\u0007mallory";
  static final String CLIPBOARD = "\u001b]52;c;cGF5bG9hZA==\u0007eve";
  static final String CURSOR = "\u001b[2A\u001b[Ktrudy";
  static final String NUL = "nul\u0000byte";
  static final String BAD_UTF8 = "bad\ud800utf8";
  static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";
  static final String AT = "@SUM(1)";
  static final String PLUS = "+1";
  static final String MINUS = "-1";
  static final String TAB = "\tcmd";
  static final String CR = "\rcmd";
  static final String HUGE = "x".repeat(10_000_000);
  static final String EXERCISE = "02-name-your-stages";

  private HostileNames() {}

  static List<SubmissionResult> results() {
    return List.of(
        failing(TITLE),
        passing(CLIPBOARD),
        passing(CURSOR),
        failing(NUL),
        passing(BAD_UTF8),
        failing(FORMULA),
        passing(AT),
        passing(PLUS),
        passing(MINUS),
        passing(TAB),
        passing(CR),
        SubmissionResult.broken(
            "longline", EXERCISE, "git said: " + HUGE + "\u001b]0;x\u0007", 1.5, ""));
  }

  static SubmissionResult passing(String learner) {
    return new SubmissionResult(
        learner,
        EXERCISE,
        SubmissionStatus.PASS,
        "",
        5,
        5,
        List.of(),
        OptionalLong.of(287_000_000),
        8.25,
        "unix:///var/run/docker.sock",
        false,
        java.util.Optional.empty());
  }

  static SubmissionResult failing(String learner) {
    return new SubmissionResult(
        learner,
        EXERCISE,
        SubmissionStatus.FAIL,
        "",
        3,
        5,
        List.of(
            new SubmissionResult.FailedCheck(
                "runs", "The app runs", "exit code 1, output: \u001b[31mboom\u0000"),
            new SubmissionResult.FailedCheck("named-stages", "Stages are named", "by index")),
        OptionalLong.of(300_000_000),
        9.0,
        "tcp://grader:2376",
        false,
        java.util.Optional.empty());
  }
}
