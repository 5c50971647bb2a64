package dev.stagecraft.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagecraft.app.EngineConnector;
import dev.stagecraft.app.EngineStatus;
import dev.stagecraft.app.FileProblems;
import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.grading.CheckResult;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.Grade;
import dev.stagecraft.grading.Status;
import dev.stagecraft.report.JsonReport;
import dev.stagecraft.report.NotGradedText;
import dev.stagecraft.terminal.Ansi;
import dev.stagecraft.terminal.ForeignText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stagecraft validate}: the authoring check. Every starter must fail its checks (or there is
 * nothing to learn) and every reference solution must pass them (or the exercise is unfair).
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check the course: every starter fails its checks, every solution passes.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every exercise is valid",
      "1:a starter passes or a solution fails",
      "2:bad input (unknown exercise, bad exercise.yaml)",
      "3:no Docker engine"
    })
public final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "EXERCISE",
      arity = "0..*",
      description = "Exercises to validate (default: all).")
  List<String> exerciseIds = new ArrayList<>();

  @Option(
      names = "--offline",
      description =
          "Build every starter and solution with no network and no build cache: proves the course"
              + " builds offline once its base images are present (a workshop on poor wifi).")
  boolean offline;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  /** The verdict on one exercise. */
  record Validation(Exercise exercise, Grade starter, Grade solution) {
    /**
     * The starter was built and graded and really fails a check (not only skips or errors): a
     * learner starts from a file that builds and runs, so a starter that does not build is broken.
     */
    boolean starterFails() {
      return starter.engineReachable() && starter.built() && starter.count(Status.FAIL) > 0;
    }

    boolean solutionPasses() {
      return solution.passed();
    }

    boolean valid() {
      return starterFails() && solutionPasses();
    }
  }

  @Option(names = "--builder", paramLabel = "BUILDER", description = BuilderOption.DESCRIPTION)
  Optional<String> builder = Optional.empty();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Map<String, String>> withBuilder =
        BuilderOption.environment("validate", builder, System.getenv(), err);
    if (withBuilder.isEmpty()) {
      return ExitCode.BAD_INPUT;
    }
    Path home = CourseOption.home(spec);
    EngineConnector connector = EngineConnector.fromEnvironment(withBuilder.get());
    try (Workbench bench = Workbench.open(home, ProgressStore.forHome(home), connector)) {
      List<Exercise> exercises = new ArrayList<>();
      if (exerciseIds.isEmpty()) {
        exercises.addAll(bench.course().exercises());
      }
      for (String id : exerciseIds) {
        Optional<Exercise> exercise = bench.course().exercise(id);
        if (exercise.isEmpty()) {
          err.println(Messages.unknownExercise(id, bench.course()));
          return ExitCode.BAD_INPUT;
        }
        exercises.add(exercise.get());
      }
      if (bench.engine() instanceof EngineStatus.Unavailable unavailable) {
        err.println(unavailable.message());
        err.println("validate builds every starter and solution, so it needs a Docker engine.");
        return ExitCode.NO_ENGINE;
      }
      if (offline && bench.engine() instanceof EngineStatus.Connected connected) {
        connected.engine().buildOffline();
      }
      List<Validation> validations = new ArrayList<>();
      for (Exercise exercise : exercises) {
        err.printf("%s: grading the starter…%n", exercise.id());
        err.flush();
        Grade starter = bench.grade(exercise, Optional.of(exercise.dockerfile()), e -> {}).grade();
        err.printf("%s: grading the solution…%n", exercise.id());
        err.flush();
        Grade solution =
            bench.grade(exercise, Optional.of(exercise.solutionDockerfile()), e -> {}).grade();
        validations.add(new Validation(exercise, starter, solution));
      }
      boolean engineLost =
          validations.stream()
              .anyMatch(v -> !v.starter().engineReachable() || !v.solution().engineReachable());
      boolean allValid = validations.stream().allMatch(Validation::valid);
      if (json) {
        out.print(JsonReport.write(toJson(validations, allValid)));
        // The verdicts in words too, on standard error with the progress: a CI log stays
        // readable while the JSON goes to a file.
        printText(err, validations, allValid);
      } else {
        printText(out, validations, allValid);
      }
      out.flush();
      if (engineLost) {
        validations.stream()
            .flatMap(v -> java.util.stream.Stream.of(v.starter(), v.solution()))
            .filter(grade -> grade.interruption().isPresent())
            .findFirst()
            .ifPresentOrElse(
                grade ->
                    NotGradedText.lines(grade.interruption().get(), grade.name(), 80, Ansi.PLAIN)
                        .forEach(err::println),
                () ->
                    err.println(
                        "The Docker engine failed during validation; run `stagecraft doctor`,"
                            + " then again."));
        return ExitCode.NO_ENGINE;
      }
      return allValid ? ExitCode.OK : ExitCode.FAILED;
    } catch (CourseException | CheckSpecException e) {
      err.println(ForeignText.forTerminal(e.getMessage()));
      return ExitCode.BAD_INPUT;
    } catch (IOException e) {
      err.println(FileProblems.describe(e));
      return ExitCode.BAD_INPUT;
    }
  }

  private static ObjectNode toJson(List<Validation> validations, boolean allValid) {
    ObjectNode root = JsonReport.mapper().createObjectNode();
    root.put("valid", allValid);
    ArrayNode list = root.putArray("exercises");
    for (Validation v : validations) {
      ObjectNode node = list.addObject();
      node.put("id", v.exercise().id());
      node.put("starterFails", v.starterFails());
      node.put("solutionPasses", v.solutionPasses());
      node.put("valid", v.valid());
      ArrayNode starterFailed = node.putArray("starterFailedChecks");
      notPassed(v.starter()).forEach(r -> starterFailed.add(r.id()));
      ArrayNode solutionFailed = node.putArray("solutionFailedChecks");
      notPassed(v.solution()).forEach(r -> solutionFailed.add(r.id() + ": " + r.message()));
      node.set("starter", JsonReport.toJson(v.starter()));
      node.set("solution", JsonReport.toJson(v.solution()));
    }
    return root;
  }

  /** What became of the starter: failing is right; passing, not building or not graded is not. */
  private static String starterWords(Validation v) {
    if (v.starterFails()) {
      return "fails ("
          + String.join(", ", notPassed(v.starter()).stream().map(CheckResult::id).toList())
          + ")";
    }
    if (v.starter().interruption().isPresent()) {
      return "NOT GRADED (" + v.starter().interruption().get().summary() + ")";
    }
    if (!v.starter().engineReachable() || v.starter().count(Status.ERROR) > 0) {
      return "COULD NOT BE GRADED (the engine failed; see the JSON or run `check`)";
    }
    if (!v.starter().built()) {
      return "DOES NOT BUILD — a learner must start from a file that builds";
    }
    return "PASSES — nothing to learn";
  }

  private static void printText(PrintWriter out, List<Validation> validations, boolean allValid) {
    for (Validation v : validations) {
      // Exercise ids and check messages quote a course's files, which a pack's author wrote.
      out.println(
          ForeignText.forTerminal(
              String.format(
                  "%s %s: starter %s, solution %s",
                  v.valid() ? "✔" : "✘",
                  v.exercise().id(),
                  starterWords(v),
                  v.solutionPasses() ? "passes" : "FAILS")));
      if (!v.solutionPasses()) {
        for (CheckResult r : notPassed(v.solution())) {
          out.println(ForeignText.forTerminal("    " + r.id() + ": " + r.message()));
        }
      }
    }
    out.println(allValid ? "The course is valid." : "The course has invalid exercises.");
  }

  private static List<CheckResult> notPassed(Grade grade) {
    return grade.results().stream().filter(r -> r.status() != Status.PASS).toList();
  }
}
