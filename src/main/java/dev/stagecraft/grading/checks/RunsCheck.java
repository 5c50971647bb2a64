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
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The image still does its job: run as shipped (or with a given command) in a sandbox, it exits
 * with the expected code within the time limit and prints output matching a pattern.
 */
public record RunsCheck(RunSpec run, int exitCode, Optional<Pattern> output) implements ImageCheck {

  private static final int SHOWN_OUTPUT = 240;

  public static RunsCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("exitCode", "output", "timeoutSeconds", "command", "network");
    Duration timeout = params.timeout();
    List<String> command = params.optionalStrings("command");
    RunSpec run =
        new RunSpec(
            Optional.empty(),
            command.isEmpty() ? Optional.empty() : Optional.of(command),
            List.of(),
            params.bool("network", false),
            timeout);
    Optional<Pattern> output;
    try {
      output = params.optionalString("output").map(p -> Pattern.compile(p, Pattern.MULTILINE));
    } catch (PatternSyntaxException e) {
      throw params.problem("output", "is not a valid regular expression: " + e.getDescription());
    }
    return new RunsCheck(run, params.integer("exitCode", 0), output);
  }

  @Override
  public String type() {
    return "runs";
  }

  @Override
  public String title() {
    return "The app runs"
        + output.map(p -> " and prints " + Shown.pattern(p.pattern())).orElse("")
        + (exitCode == 0 ? "" : " (exit " + exitCode + ")");
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
    Optional<RunOutcome> outcome = image.run(run);
    if (outcome.isEmpty()) {
      return Verdict.error("The image was not run; this is a bug in stagecraft, please report it.");
    }
    String expected =
        "exit code "
            + exitCode
            + output.map(p -> ", output matching /" + p.pattern() + "/").orElse("");
    if (outcome.get() instanceof RunOutcome.FailedToStart failed) {
      return Verdict.fail("The app could not start: " + failed.reason(), expected, "no start");
    }
    if (outcome.get() instanceof RunOutcome.Finished finished) {
      return judge(finished, expected);
    }
    return Verdict.error(
        "The image was asked over HTTP instead of run to its end; please report this.");
  }

  private Verdict judge(RunOutcome.Finished finished, String expected) {
    String combined = finished.stdout() + finished.stderr();
    String shownOutput = shorten(combined.strip());
    if (finished.timedOut()) {
      return Verdict.fail(
          "The container was still running after "
              + run.timeout().toSeconds()
              + " s and was stopped.",
          expected + " within " + run.timeout().toSeconds() + " s",
          "still running; output: " + shownOutput);
    }
    boolean codeOk = finished.exitCode() == exitCode;
    boolean outputOk = output.map(p -> p.matcher(combined).find()).orElse(true);
    String actual = "exit code " + finished.exitCode() + ", output: " + shownOutput;
    if (codeOk && outputOk) {
      return Verdict.pass("The app ran and printed what it should.", actual);
    }
    String why =
        !codeOk
            ? "The app exited with code " + finished.exitCode() + "."
            : "The app's output does not match what it should print.";
    return Verdict.fail(why, expected, actual);
  }

  private static String shorten(String text) {
    if (text.isEmpty()) {
      return "(nothing)";
    }
    String oneLine = text.replace("\n", " ⏎ ");
    return "\""
        + (oneLine.length() > SHOWN_OUTPUT ? oneLine.substring(0, SHOWN_OUTPUT) + "…" : oneLine)
        + "\"";
  }
}
