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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A command run in the image, like container-structure-test's commandTests: the first element of
 * {@code command} replaces the image's ENTRYPOINT and the rest are its arguments, so it works on
 * images that have one. Every expected pattern must be found in stdout (stderr for the error ones)
 * and no excluded one; the exit code must match. Runs are sandboxed: no network unless asked,
 * memory and process limits, a time limit, and the container is always removed.
 *
 * @param name what the command shows, e.g. "the binary prints its version"
 */
public record CommandCheck(
    String name,
    List<String> command,
    List<String> env,
    List<Pattern> expectedOutput,
    List<Pattern> excludedOutput,
    List<Pattern> expectedError,
    List<Pattern> excludedError,
    int exitCode,
    boolean network,
    Duration timeout)
    implements ImageCheck {

  private static final int SHOWN_OUTPUT = 200;

  public static CommandCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly(
        "name",
        "command",
        "env",
        "expectedOutput",
        "excludedOutput",
        "expectedError",
        "excludedError",
        "exitCode",
        "timeoutSeconds",
        "network");
    List<String> command = params.strings("command");
    Duration timeout = params.timeout();
    for (String assignment : params.optionalStrings("env")) {
      if (!assignment.contains("=")) {
        throw params.problem("env", "has '" + assignment + "'; write NAME=value");
      }
    }
    return new CommandCheck(
        params.optionalString("name").orElse(String.join(" ", command)),
        command,
        params.optionalStrings("env"),
        FileParams.patterns(params, "expectedOutput"),
        FileParams.patterns(params, "excludedOutput"),
        FileParams.patterns(params, "expectedError"),
        FileParams.patterns(params, "excludedError"),
        params.integer("exitCode", 0),
        params.bool("network", false),
        timeout);
  }

  @Override
  public String type() {
    return "command";
  }

  @Override
  public String title() {
    return name;
  }

  @Override
  public CheckCategory category() {
    return CheckCategory.RUNTIME;
  }

  /** The run: the program as entrypoint, the rest as its command. */
  public RunSpec run() {
    return new RunSpec(
        Optional.of(List.of(command.get(0))),
        Optional.of(command.subList(1, command.size())),
        env,
        network,
        timeout);
  }

  @Override
  public List<RunSpec> runsNeeded() {
    return List.of(run());
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    Optional<RunOutcome> outcome = image.run(run());
    if (outcome.isEmpty()) {
      return Verdict.error(
          "The command was not run; this is a bug in stagecraft, please report it.");
    }
    if (outcome.get() instanceof RunOutcome.FailedToStart failed) {
      return Verdict.fail(
          "`" + String.join(" ", command) + "` could not start: " + failed.reason(),
          expected(),
          "did not start");
    }
    RunOutcome.Finished run = (RunOutcome.Finished) outcome.get();
    String actual =
        "exit code "
            + run.exitCode()
            + ", stdout "
            + shorten(run.stdout())
            + ", stderr "
            + shorten(run.stderr());
    if (run.timedOut()) {
      return Verdict.fail(
          "`"
              + String.join(" ", command)
              + "` was still running after "
              + timeout.toSeconds()
              + " s.",
          expected() + " within " + timeout.toSeconds() + " s",
          "still running; " + actual);
    }
    List<String> problems = new ArrayList<>();
    if (run.exitCode() != exitCode) {
      problems.add("exit code " + run.exitCode() + " instead of " + exitCode);
    }
    missing(expectedOutput, run.stdout(), "stdout", problems);
    present(excludedOutput, run.stdout(), "stdout", problems);
    missing(expectedError, run.stderr(), "stderr", problems);
    present(excludedError, run.stderr(), "stderr", problems);
    if (problems.isEmpty()) {
      return Verdict.pass("`" + String.join(" ", command) + "` did what it should.", actual);
    }
    return Verdict.fail(
        "`" + String.join(" ", command) + "`: " + String.join("; ", problems) + ".",
        expected(),
        actual);
  }

  private static void missing(List<Pattern> wanted, String text, String where, List<String> out) {
    for (Pattern p : wanted) {
      if (!p.matcher(text).find()) {
        out.add(where + " lacks /" + p.pattern() + "/");
      }
    }
  }

  private static void present(List<Pattern> unwanted, String text, String where, List<String> out) {
    for (Pattern p : unwanted) {
      if (p.matcher(text).find()) {
        out.add(where + " has /" + p.pattern() + "/");
      }
    }
  }

  private String expected() {
    List<String> parts = new ArrayList<>();
    parts.add("exit code " + exitCode);
    expectedOutput.forEach(p -> parts.add("stdout matching /" + p.pattern() + "/"));
    excludedOutput.forEach(p -> parts.add("stdout without /" + p.pattern() + "/"));
    expectedError.forEach(p -> parts.add("stderr matching /" + p.pattern() + "/"));
    excludedError.forEach(p -> parts.add("stderr without /" + p.pattern() + "/"));
    return String.join(", ", parts);
  }

  private static String shorten(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return "(empty)";
    }
    String oneLine = t.replace("\n", " ⏎ ");
    return "\""
        + (oneLine.length() > SHOWN_OUTPUT ? oneLine.substring(0, SHOWN_OUTPUT) + "…" : oneLine)
        + "\"";
  }
}
