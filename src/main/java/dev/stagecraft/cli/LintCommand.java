package dev.stagecraft.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.stagecraft.course.Course;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.dockerfile.Dockerfile;
import dev.stagecraft.dockerfile.DockerfileParser;
import dev.stagecraft.dockerfile.ParseProblem;
import dev.stagecraft.dockerfile.StageGraph;
import dev.stagecraft.lint.Builder;
import dev.stagecraft.lint.Finding;
import dev.stagecraft.lint.LintContext;
import dev.stagecraft.lint.Linter;
import dev.stagecraft.lint.Severity;
import dev.stagecraft.report.FindingsReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stagecraft lint FILE... [--json]}: static analysis of any Dockerfile, or of an exercise's
 * (named by id or number, as the REPL's {@code lint 3}).
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Checks Dockerfiles for mistakes and habits that make images large, slow or unsafe.",
      "Exit codes: 0 clean or warnings only, 1 errors found, 2 a file could not be read."
    })
public final class LintCommand implements Callable<Integer> {
  private static final long MAX_BYTES = 32L * 1024 * 1024;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "Dockerfiles (or directories holding one), or exercises by id or number (03-go-scratch,"
              + " 3): a path that exists wins.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--json", description = "Print the findings as a JSON array.")
  boolean json;

  @Option(
      names = "--context",
      paramLabel = "DIR",
      description =
          "Build context for the .dockerignore rules (default: the Dockerfile's directory; for"
              + " a course's solutions/NN-slug/Dockerfile, exercises/NN-slug).")
  Optional<Path> context = Optional.empty();

  @Option(
      names = "--builder",
      paramLabel = "BUILDER",
      description =
          "Builder that will run the file: classic (the Engine API's own builder), buildkit,"
              + " or buildkit-docker-20 (Docker 20.10's BuildKit: no heredocs, no COPY --link)"
              + " (default: ${DEFAULT-VALUE}).")
  String builderName = "classic";

  @Option(
      names = "--target",
      paramLabel = "NAME",
      description =
          "Judge the image built with docker build --target NAME instead of the last stage.")
  Optional<String> target = Optional.empty();

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      description = "Colour the output: auto, always or never (default: ${DEFAULT-VALUE}).")
  String color = "auto";

  /**
   * The folder a Dockerfile builds in when --context is not given: its own, except that a course's
   * reference solution (solutions/NN-slug/Dockerfile) builds in its exercise's folder, where the
   * app and the .dockerignore are.
   */
  static Optional<Path> defaultContext(Path dockerfile) {
    Path dir = dockerfile.toAbsolutePath().normalize().getParent();
    if (dir == null) {
      return Optional.empty();
    }
    Path parent = dir.getParent();
    if (parent != null
        && parent.getFileName() != null
        && parent.getFileName().toString().equals("solutions")) {
      Path exercise = parent.resolveSibling("exercises").resolve(dir.getFileName());
      if (Files.isDirectory(exercise)) {
        return Optional.of(exercise);
      }
    }
    return Optional.of(dir);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Builder> builder = builder();
    if (builder.isEmpty()) {
      err.println(
          "stagecraft lint: unknown builder '"
              + builderName
              + "'; use classic, buildkit or buildkit-docker-20");
      err.flush();
      return ExitCode.BAD_INPUT;
    }
    Linter linter = Linter.withAllRules();
    List<Finding> all = new ArrayList<>();
    boolean unreadable = false;
    int linted = 0;
    for (Path given : files) {
      Optional<Path> file = dockerfileFor(given, err);
      if (file.isEmpty()) {
        unreadable = true;
        continue;
      }
      Dockerfile dockerfile;
      try {
        dockerfile = DockerfileParser.parse(file.get());
      } catch (IOException | UncheckedIOException e) {
        err.println(
            "stagecraft lint: " + given + ": cannot read the file (" + e.getMessage() + ")");
        unreadable = true;
        continue;
      }
      if (dockerfile.stages().isEmpty()) {
        ParseProblem first =
            dockerfile.problems().isEmpty()
                ? new ParseProblem(1, "the file holds no FROM instruction")
                : dockerfile.problems().get(0);
        err.println(
            "stagecraft lint: "
                + given
                + ": not a Dockerfile: line "
                + first.line()
                + ": "
                + first.message());
        unreadable = true;
        continue;
      }
      Optional<Path> buildContext = context.or(() -> defaultContext(file.get()));
      StageGraph graph = StageGraph.of(dockerfile, target);
      if (graph.finalStage().isEmpty()) {
        err.println(
            "stagecraft lint: "
                + given
                + ": no stage called '"
                + target.orElse("")
                + "'; give a stage name or index after --target");
        unreadable = true;
        continue;
      }
      all.addAll(linter.lint(new LintContext(dockerfile, buildContext, builder.get(), graph)));
      linted++;
    }
    if (json) {
      printJson(out, all);
    } else if (linted > 0) {
      printText(out, all);
    }
    out.flush();
    err.flush();
    if (unreadable) {
      return ExitCode.BAD_INPUT;
    }
    return all.stream().anyMatch(f -> f.severity() == Severity.ERROR)
        ? ExitCode.FAILED
        : ExitCode.OK;
  }

  private Optional<Builder> builder() {
    for (Builder b : Builder.values()) {
      if (b.name().equalsIgnoreCase(builderName.replace('-', '_'))) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /** The chosen course, when there is one there, for exercise ids. */
  private Optional<Course> course() {
    try {
      return Optional.of(Course.load(CourseOption.home(spec)));
    } catch (CourseException e) {
      return Optional.empty();
    }
  }

  /** The path relative to the working directory when it lies below it, as findings show it. */
  private static Path shortest(Path file) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
  }

  private Optional<Path> dockerfileFor(Path given, PrintWriter err) {
    if (Files.isDirectory(given)) {
      Path inside = given.resolve("Dockerfile");
      if (Files.isRegularFile(inside)) {
        return dockerfileFor(inside, err);
      }
      err.println(
          "stagecraft lint: "
              + given
              + ": a directory without a Dockerfile; give the Dockerfile's path");
      return Optional.empty();
    }
    if (!Files.exists(given)) {
      Optional<Course> course = course();
      Optional<Exercise> exercise = course.flatMap(c -> c.exercise(given.toString()));
      if (exercise.isPresent()) {
        return dockerfileFor(shortest(exercise.get().dockerfile()), err);
      }
      err.println(
          "stagecraft lint: "
              + given
              + ": no such file"
              + course
                  .filter(c -> !c.exercises().isEmpty())
                  .map(
                      c ->
                          " or exercise (exercises: "
                              + String.join(", ", c.exercises().stream().map(Exercise::id).toList())
                              + ")")
                  .orElse(""));
      return Optional.empty();
    }
    if (!Files.isRegularFile(given) || !Files.isReadable(given)) {
      err.println("stagecraft lint: " + given + ": not a readable file");
      return Optional.empty();
    }
    Optional<String> tooLarge = tooLarge(given);
    if (tooLarge.isPresent()) {
      err.println("stagecraft lint: " + given + ": " + tooLarge.get());
      return Optional.empty();
    }
    return Optional.of(given);
  }

  /**
   * Why a file is too large to read as a Dockerfile, if it is; reading a stray disk image whole
   * would exhaust memory instead of giving a clear error.
   */
  static Optional<String> tooLarge(Path file) {
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        return Optional.of(
            "is " + size / (1024 * 1024) + " MB, too large to be a Dockerfile (limit 32 MB)");
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("cannot read its size (" + e.getMessage() + ")");
    }
  }

  private void printText(PrintWriter out, List<Finding> findings) {
    out.print(FindingsReport.render(findings, useColour()));
  }

  private void printJson(PrintWriter out, List<Finding> findings) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Finding f : findings) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("file", f.sourceName());
      row.put("line", f.line());
      row.put("severity", f.severity().label());
      row.put("rule", f.ruleId());
      row.put("message", f.message());
      row.put("why", f.why());
      row.put("fix", f.fix());
      rows.add(row);
    }
    try {
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // Maps of strings and numbers always serialise; this cannot happen.
      throw new IllegalStateException(e);
    }
  }

  private boolean useColour() {
    return switch (color.toLowerCase(Locale.ROOT)) {
      case "always" -> true;
      case "never" -> false;
      default ->
          System.console() != null
              && System.getenv("NO_COLOR") == null
              && !"dumb".equals(System.getenv("TERM"));
    };
  }
}
