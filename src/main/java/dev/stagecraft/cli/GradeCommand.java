package dev.stagecraft.cli;

import dev.stagecraft.app.EngineConnector;
import dev.stagecraft.app.FileProblems;
import dev.stagecraft.classroom.BatchOutcome;
import dev.stagecraft.classroom.ClassGrader;
import dev.stagecraft.classroom.Durations;
import dev.stagecraft.classroom.EngineTarget;
import dev.stagecraft.classroom.GradeSettings;
import dev.stagecraft.classroom.SubmissionSource;
import dev.stagecraft.course.AtomicFiles;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.report.ClassJsonReport;
import dev.stagecraft.report.ClassJunitReport;
import dev.stagecraft.report.ClassSummary;
import dev.stagecraft.report.CsvReport;
import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.OutputMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stagecraft grade SUBMISSION... --exercise ID}: grades a class's submissions. */
@Command(
    name = "grade",
    mixinStandardHelpOptions = true,
    description = {
      "Grade a class: each learner's Dockerfile for each exercise, on one or more engines.",
      "A submission is a learner's folder (named after the learner) holding"
          + " <exercise-id>/Dockerfile, or for a single exercise a Dockerfile at its top;"
          + " or a git repository (path or URL) laid out the same, optionally @branch or @tag."
          + " Only the Dockerfile (and a .dockerignore beside it) is taken from a submission:"
          + " it builds in the exercise's own folder, as `check --dockerfile` does."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the batch completed, whatever the learners' results",
      "2:bad input (no such submission or exercise, bad option)",
      "3:no Docker engine could grade"
    })
public final class GradeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "SUBMISSION",
      description = "A learner's folder, or a git repository (path or URL) with optional @ref.")
  List<String> submissions;

  @Option(
      names = "--exercise",
      required = true,
      paramLabel = "ID",
      description = "An exercise to grade (repeat for several).")
  List<String> exercises;

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      description =
          "unix:///path, tcp://host:2376 (TLS from DOCKER_TLS_VERIFY, DOCKER_CERT_PATH) or a"
              + " docker context; repeat to spread the class (default: the current engine).")
  List<String> engines = new ArrayList<>();

  @Option(
      names = "--jobs",
      paramLabel = "N",
      defaultValue = "1",
      description = "Submissions graded at once on each engine (default: ${DEFAULT-VALUE}).")
  int jobs;

  @Option(
      names = "--timeout",
      paramLabel = "TIME",
      defaultValue = "10m",
      description = "Most time for one submission, e.g. 90s, 10m (default: ${DEFAULT-VALUE}).")
  String timeout;

  @Option(names = "--csv", paramLabel = "FILE", description = "Write the results as CSV.")
  Optional<Path> csv;

  @Option(names = "--json", paramLabel = "FILE", description = "Write every check as JSON.")
  Optional<Path> json;

  @Option(names = "--junit", paramLabel = "FILE", description = "Write the results as JUnit XML.")
  Optional<Path> junit;

  @Option(names = "--regrade", description = "Grade unchanged submissions again.")
  boolean regrade;

  @Option(
      names = "--results-cache",
      paramLabel = "DIR",
      description =
          "Where results of unchanged submissions are kept (default: in stagecraft's"
              + " cache folder).")
  Optional<Path> resultsCache;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, String> environment = System.getenv();
    List<SubmissionSource> sources = new ArrayList<>();
    GradeSettings settings;
    try {
      for (String submission : submissions) {
        sources.add(SubmissionSource.parse(submission));
      }
      requireUniqueNames(sources);
      List<EngineTarget> targets = new ArrayList<>();
      engines.forEach(e -> targets.add(EngineTarget.parse(e, environment)));
      if (targets.isEmpty()) {
        targets.add(EngineTarget.current(environment));
      }
      Duration limit = Durations.parse(timeout);
      settings =
          new GradeSettings(
              exercises,
              targets,
              jobs,
              limit,
              resultsCache.orElse(
                  EngineConnector.cacheDirectory(environment).resolve("grade-results")),
              regrade,
              String.join(" ", spec.root().version()));
    } catch (IllegalArgumentException e) {
      err.println(ForeignText.forTerminal(e.getMessage()));
      return ExitCode.BAD_INPUT;
    }
    OutputMode screen = OutputMode.forStandardOutput();
    GradeProgress progress =
        new GradeProgress(err, sources.size() * exercises.size(), screen.width());
    ClassGrader grader = new ClassGrader(CourseOption.home(spec), settings, progress::accept);
    CountDownLatch done = new CountDownLatch(1);
    Thread stopOnCtrlC =
        new Thread(
            () -> {
              grader.cancel();
              awaitQuietly(done);
            },
            "stagecraft-grade-stop");
    Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
    try {
      // The results are written before the latch opens, so after Ctrl-C the shutdown hook waits
      // for what was graded to reach the files.
      return report(grader.grade(sources), out, err, screen);
    } catch (CourseException e) {
      err.println(e.getMessage());
      return ExitCode.BAD_INPUT;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage() + ". Run `stagecraft list` for the exercises.");
      return ExitCode.BAD_INPUT;
    } catch (IOException e) {
      err.println(FileProblems.describe(e));
      return ExitCode.BAD_INPUT;
    } finally {
      done.countDown();
      removeHook(stopOnCtrlC);
    }
  }

  private int report(BatchOutcome outcome, PrintWriter out, PrintWriter err, OutputMode screen) {
    out.print(new ClassSummary(screen.width()).render(outcome.exercises(), outcome.results()));
    out.flush();
    write(err, csv, "CSV", CsvReport.render(outcome.results()));
    write(err, json, "JSON", ClassJsonReport.render(outcome.exercises(), outcome.results()));
    write(err, junit, "JUnit", ClassJunitReport.render(outcome.exercises(), outcome.results()));
    if (outcome.noEngine()) {
      err.println(
          "No Docker engine could grade the class: "
              + ForeignText.forTerminal(String.join("; ", outcome.engineProblems())));
      return ExitCode.NO_ENGINE;
    }
    return ExitCode.OK;
  }

  private static void requireUniqueNames(List<SubmissionSource> sources) {
    Map<String, SubmissionSource> seen = new HashMap<>();
    for (SubmissionSource source : sources) {
      SubmissionSource earlier = seen.putIfAbsent(source.learner(), source);
      if (earlier != null) {
        throw new IllegalArgumentException(
            "Two submissions are both named '"
                + source.learner()
                + "': a learner's name is their folder's or repository's name, so rename one"
                + " or grade them in two runs.");
      }
    }
  }

  private static void write(PrintWriter err, Optional<Path> file, String what, String text) {
    if (file.isEmpty()) {
      return;
    }
    try {
      AtomicFiles.write(file.get(), text);
    } catch (IOException e) {
      err.println("Could not write the " + what + " results: " + FileProblems.describe(e));
    }
  }

  private static void awaitQuietly(CountDownLatch done) {
    try {
      // Long enough for the builds being broken off to go and temporary clones to be deleted.
      done.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down (Ctrl-C): the hook is running
    }
  }
}
