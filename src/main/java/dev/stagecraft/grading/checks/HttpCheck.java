package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.facts.RunOutcome;
import dev.stagecraft.facts.RunSpec;
import dev.stagecraft.grading.CheckCategory;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A server image still serves: started as shipped, it answers an HTTP GET on its port (published on
 * 127.0.0.1 only) with the expected status and a body matching a pattern.
 */
public record HttpCheck(RunSpec run, int status, Optional<Pattern> body) implements ImageCheck {

  private static final int SHOWN_BODY = 160;

  public static HttpCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("port", "path", "status", "body", "timeoutSeconds");
    int port = params.integer("port", 0);
    if (port < 1 || port > 65535) {
      throw params.problem("port", "must be the port the app listens on, 1 to 65535");
    }
    Duration timeout = params.timeout();
    Optional<Pattern> body;
    try {
      body = params.optionalString("body").map(Pattern::compile);
    } catch (PatternSyntaxException e) {
      throw params.problem("body", "is not a valid regular expression: " + e.getDescription());
    }
    String path = params.optionalString("path").orElse("/");
    return new HttpCheck(RunSpec.serving(port, path, timeout), params.integer("status", 200), body);
  }

  @Override
  public String type() {
    return "http";
  }

  @Override
  public String title() {
    RunSpec.HttpRequestSpec http = run.http().orElseThrow();
    return "GET " + http.path() + " on port " + http.port() + " answers " + status;
  }

  @Override
  public CheckCategory category() {
    return CheckCategory.RUNTIME;
  }

  @Override
  public List<RunSpec> runsNeeded() {
    return List.of(run);
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    String expected =
        "status " + status + body.map(p -> ", body matching /" + p.pattern() + "/").orElse("");
    Optional<RunOutcome> outcome = image.run(run);
    if (outcome.isEmpty()) {
      return Verdict.error(
          "The image was not started; this is a bug in stagecraft, please report it.");
    }
    if (outcome.get() instanceof RunOutcome.Served served) {
      boolean statusOk = served.status() == status;
      boolean bodyOk = body.map(p -> p.matcher(served.body()).find()).orElse(true);
      String actual = "status " + served.status() + ", body: " + bodyShown(served.body());
      if (statusOk && bodyOk) {
        return Verdict.pass(
            "The app answered after " + served.untilAnswer().toMillis() + " ms.", actual);
      }
      return Verdict.fail(
          statusOk
              ? "The app answered, but not with the expected body."
              : "The app answered with another status.",
          expected,
          actual);
    }
    if (outcome.get() instanceof RunOutcome.NotServing notServing) {
      return Verdict.fail(
          "The app did not answer: " + notServing.reason() + ".",
          expected,
          "no answer; it printed: " + lastOf(notServing.logs()));
    }
    if (outcome.get() instanceof RunOutcome.FailedToStart failed) {
      return Verdict.fail("The container did not start: " + failed.reason(), expected, "no start");
    }
    return Verdict.error(
        "The app was run to its end instead of being asked over HTTP; please report this.");
  }

  /**
   * Around the match when the body was matched, so the verdict shows what passed; else its start.
   */
  private String bodyShown(String text) {
    Optional<Matcher> match = body.map(p -> p.matcher(text)).filter(Matcher::find);
    int from = match.map(Matcher::start).orElse(0);
    String shown = oneLine(text.substring(from));
    if (shown.isEmpty()) {
      return "(nothing)";
    }
    return "\""
        + (from > 0 ? "…" : "")
        + (shown.length() > SHOWN_BODY ? shown.substring(0, SHOWN_BODY) + "…" : shown)
        + "\"";
  }

  /** The end of a log: a server that gives up says why last (nginx warns first, then fails). */
  private static String lastOf(String log) {
    String shown = oneLine(log);
    if (shown.isEmpty()) {
      return "(nothing)";
    }
    return "\""
        + (shown.length() > SHOWN_BODY ? "…" + shown.substring(shown.length() - SHOWN_BODY) : shown)
        + "\"";
  }

  private static String oneLine(String text) {
    return text.strip().replace("\n", " ⏎ ");
  }
}
