package dev.stagecraft.grading;

import dev.stagecraft.dockerfile.Dockerfile;
import dev.stagecraft.dockerfile.DockerfileParser;
import dev.stagecraft.dockerfile.StageGraph;
import dev.stagecraft.facts.BuildOutcome;
import dev.stagecraft.facts.BuildSpec;
import dev.stagecraft.facts.EngineInterruption;
import dev.stagecraft.facts.FileScope;
import dev.stagecraft.facts.LabOutcome;
import dev.stagecraft.facts.LabRequest;
import dev.stagecraft.facts.RunSpec;
import dev.stagecraft.lint.Builder;
import dev.stagecraft.lint.Finding;
import dev.stagecraft.lint.LintContext;
import dev.stagecraft.lint.Linter;
import dev.stagecraft.lint.Severity;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Grades one Dockerfile in named steps: analyse (parse, lint, static checks), build and gather
 * facts, image and runtime checks. Front ends pass a listener to show each step as it happens.
 */
public final class Grader {

  private final CheckRegistry registry;
  private final Linter linter;
  private final LabAccess lab;

  public Grader(CheckRegistry registry, Linter linter, LabAccess lab) {
    this.registry = registry;
    this.linter = linter;
    this.lab = lab;
  }

  /**
   * Grades the request. Throws for input the learner or author must fix first: an unreadable
   * Dockerfile or a check spec that cannot be used.
   */
  public Grade grade(GradingRequest request, Consumer<GradingEvent> events)
      throws IOException, CheckSpecException {
    long start = System.nanoTime();
    List<PlannedCheck> plan = registry.plan(request.checks(), request.buildContext());
    List<Check> checks = plan.stream().map(PlannedCheck::check).toList();
    List<String> ids = checkIds(checks);

    events.accept(new GradingEvent.Analysing());
    Dockerfile dockerfile = DockerfileParser.parse(request.dockerfile());
    StageGraph graph = StageGraph.of(dockerfile);
    List<Finding> findings =
        linter.lint(
            new LintContext(dockerfile, Optional.of(request.buildContext()), builder(), graph));

    List<CheckResult> results = new ArrayList<>();
    GradingContext staticContext =
        GradingContext.staticOnly(dockerfile, graph, findings, "the image was not built");
    for (int i = 0; i < checks.size(); i++) {
      if (checks.get(i).category() == CheckCategory.STATIC) {
        results.add(run(checks.get(i), ids.get(i), plan.get(i).hint(), staticContext, events));
      }
    }
    Duration analyse = since(start);

    Duration build = Duration.ZERO;
    Duration gather = Duration.ZERO;
    boolean buildReused = false;
    Optional<ImageSummary> image = Optional.empty();
    Optional<EngineInterruption> interruption = Optional.empty();
    GradingContext imageContext;
    Optional<String> blocker = buildBlocker(dockerfile, findings);
    boolean engineReachable = lab instanceof LabAccess.Available;
    if (blocker.isPresent()) {
      results.add(
          buildResult(
              Verdict.fail(blocker.get(), "a Dockerfile the builder accepts", "not built")));
      imageContext =
          staticContext.withoutImage("the Dockerfile cannot be built: fix the build first");
    } else if (lab instanceof LabAccess.Unavailable unavailable) {
      results.add(buildResult(Verdict.skipped("No Docker engine: " + unavailable.reason())));
      imageContext = staticContext.withoutImage("no Docker engine to build the image");
    } else {
      events.accept(new GradingEvent.Building());
      LabRequest labRequest =
          new LabRequest(
              request.buildContext(),
              request.dockerfile(),
              request.name(),
              Optional.empty(),
              finalBaseImage(graph),
              runsNeeded(checks),
              filesNeeded(checks),
              checks.stream().map(Check::filesRead).reduce(FileScope.NONE, FileScope::and),
              files ->
                  checks.stream().anyMatch(c -> c.needsLayerFiles() && c.needsLayerFiles(files)),
              checks.stream().flatMap(c -> c.textsSearched().stream()).distinct().toList());
      LabOutcome outcome =
          ((LabAccess.Available) lab)
              .lab()
              .buildAndInspect(labRequest, e -> events.accept(new GradingEvent.Lab(e)));
      if (outcome instanceof LabOutcome.Inspected inspected) {
        build = inspected.buildTime();
        gather = inspected.gatherTime();
        var facts = inspected.facts();
        buildReused = inspected.reused();
        results.add(
            buildResult(
                Verdict.pass(
                    buildReused
                        ? "The image of your last check, unchanged since, was graded again."
                        : "The image built in " + seconds(build) + ".")));
        image =
            Optional.of(
                new ImageSummary(
                    facts.imageId(),
                    facts.sizeBytes(),
                    facts.baseBytes(),
                    facts.addedBytes(),
                    facts.layers(),
                    finalBaseImage(graph),
                    ((LabAccess.Available) lab).lab().standIns(baseImages(graph))));
        imageContext = staticContext.withImage(facts);
      } else if (outcome instanceof LabOutcome.BuildFailed failed) {
        build = failed.buildTime();
        results.add(buildResult(buildFailure(failed)));
        imageContext = staticContext.withoutImage("the image did not build");
      } else {
        engineReachable = false;
        EngineInterruption stopped = ((LabOutcome.EngineFailed) outcome).interruption();
        interruption = Optional.of(stopped);
        results.add(buildResult(Verdict.skipped(notGraded(stopped))));
        imageContext = staticContext.withoutImage(notGraded(stopped));
      }
    }

    // Extra builds need a Dockerfile the builder accepts and an engine that still answers; without
    // them, the checks that wanted those builds are skipped with the reason already recorded.
    if (lab instanceof LabAccess.Available available && blocker.isEmpty() && engineReachable) {
      Map<BuildSpec, BuildOutcome> extra =
          ExtraBuilds.run(available.lab(), request, checks, imageContext, events);
      interruption =
          extra.values().stream()
              .flatMap(
                  o ->
                      o instanceof BuildOutcome.Unavailable u
                          ? u.interruption().stream()
                          : java.util.stream.Stream.empty())
              .findFirst();
      if (interruption.isPresent()) {
        engineReachable = false;
        imageContext = staticContext.withoutImage(notGraded(interruption.get()));
      } else {
        imageContext = imageContext.withBuilds(extra);
      }
    }
    Map<String, Long> comparedSizes = new LinkedHashMap<>();
    imageContext
        .builds()
        .forEach(
            (spec, outcome) -> {
              if (spec.role() != BuildSpec.Role.GRADED && outcome instanceof BuildOutcome.Built b) {
                comparedSizes.put(spec.role().name().toLowerCase(Locale.ROOT), b.sizeBytes());
              }
            });

    long checksStart = System.nanoTime();
    events.accept(new GradingEvent.Checking());
    for (int i = 0; i < checks.size(); i++) {
      if (checks.get(i).category() != CheckCategory.STATIC) {
        results.add(run(checks.get(i), ids.get(i), plan.get(i).hint(), imageContext, events));
      }
    }
    Timings timings =
        new Timings(analyse, build, gather, since(checksStart), since(start), buildReused);
    return new Grade(
        request.name(),
        request.dockerfile(),
        List.copyOf(results),
        image,
        engineReachable,
        timings,
        comparedSizes,
        advice(findings, checks),
        interruption);
  }

  private static String notGraded(EngineInterruption interruption) {
    return "not graded: " + interruption.summary();
  }

  /**
   * The linter's warnings and notes that no check of the exercise grades: advice the learner sees
   * beside the grade (COPY --from=0 is fragile) without it changing the grade. Errors are left out:
   * they stop the build and are reported there.
   */
  static List<Finding> advice(List<Finding> findings, List<Check> checks) {
    java.util.Set<String> graded = new java.util.HashSet<>();
    checks.forEach(c -> graded.addAll(c.lintRulesGraded()));
    return findings.stream()
        .filter(f -> f.severity() != Severity.ERROR)
        .filter(f -> !graded.contains(f.ruleId()))
        .toList();
  }

  private CheckResult run(
      Check check,
      String id,
      Optional<String> failureHint,
      GradingContext context,
      Consumer<GradingEvent> events) {
    long start = System.nanoTime();
    Verdict verdict;
    try {
      verdict = check.evaluate(context);
    } catch (RuntimeException e) {
      // A crashing check must not hide the other results; it is reported as our error.
      verdict = Verdict.error("The check failed to run (" + e + "); please report this.");
    }
    Optional<String> hint = verdict.status() == Status.FAIL ? failureHint : Optional.empty();
    CheckResult result =
        new CheckResult(id, check.title(), check.category(), verdict, hint, since(start));
    events.accept(new GradingEvent.CheckFinished(result));
    return result;
  }

  private static CheckResult buildResult(Verdict verdict) {
    return new CheckResult(
        Grade.BUILD_ID,
        Grade.BUILD_TITLE,
        CheckCategory.IMAGE,
        verdict,
        Optional.empty(),
        Duration.ZERO);
  }

  /** The engine's message already names the line and the exit code; it is shown as it is. */
  /** Shown from a failed build's log: the compiler's own words are what a learner fixes from. */
  static final int BUILD_OUTPUT_LINES = 8;

  /** The builder's own bookkeeping in a build log, as opposed to what the step printed. */
  private static final java.util.regex.Pattern BUILDER_LINE =
      java.util.regex.Pattern.compile(
          "^(Step \\d+/\\d+ :|\\[\\d+/\\d+\\] STEP |STEP \\d+/\\d+:| ?-{2,3}> |Removing"
              + " intermediate container |Sending build context|building at STEP |The command ')"
              + ".*");

  private static Verdict buildFailure(LabOutcome.BuildFailed failed) {
    List<String> output =
        failed.logTail().lines().filter(line -> !BUILDER_LINE.matcher(line).matches()).toList();
    List<String> last =
        output.subList(Math.max(0, output.size() - BUILD_OUTPUT_LINES), output.size());
    return Verdict.fail(
        failed.message(),
        "a successful build",
        last.isEmpty()
            ? "the build failed"
            : "the build failed; the step's last output:\n" + String.join("\n", last));
  }

  /** The builder the lab's engine will run the file on; without an engine, the classic one. */
  private Builder builder() {
    if (lab instanceof LabAccess.Available available
        && available.lab().builder().equals("buildkit")) {
      return available.lab().builderHasOldFrontend()
          ? Builder.BUILDKIT_DOCKER_20
          : Builder.BUILDKIT;
    }
    return Builder.CLASSIC;
  }

  /**
   * Syntax errors and error-level lint findings (BuildKit-only syntax, COPY --from a stage that
   * does not exist, ...) would fail on the engine, often with a less helpful message (a missing
   * stage becomes a failed pull): report them with their line instead of building.
   */
  private static Optional<String> buildBlocker(Dockerfile dockerfile, List<Finding> findings) {
    Optional<String> problem =
        dockerfile.problems().stream()
            .findFirst()
            .map(p -> "line " + p.line() + ": " + p.message());
    if (problem.isPresent()) {
      return problem;
    }
    return findings.stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .findFirst()
        .map(f -> "line " + f.line() + ": " + f.message() + ". " + f.fix());
  }

  /** The image the final stage starts from, through any FROM <earlier stage>; none for scratch. */
  private static Optional<String> finalBaseImage(StageGraph graph) {
    return graph.finalStage().map(graph::rootImage).filter(image -> !StageGraph.isScratch(image));
  }

  /** Every image the stages build on, the final stage's first; scratch left out. */
  private static List<String> baseImages(StageGraph graph) {
    LinkedHashSet<String> images = new LinkedHashSet<>();
    finalBaseImage(graph).ifPresent(images::add);
    graph.dockerfile().stages().stream()
        .map(graph::rootImage)
        .filter(image -> !StageGraph.isScratch(image))
        .forEach(images::add);
    return List.copyOf(images);
  }

  private static List<RunSpec> runsNeeded(List<Check> checks) {
    LinkedHashSet<RunSpec> runs = new LinkedHashSet<>();
    checks.forEach(c -> runs.addAll(c.runsNeeded()));
    return List.copyOf(runs);
  }

  private static List<String> filesNeeded(List<Check> checks) {
    LinkedHashSet<String> files = new LinkedHashSet<>();
    checks.forEach(c -> files.addAll(c.filesNeeded()));
    return List.copyOf(files);
  }

  /** The check type, numbered from the second occurrence on ("runs", "runs-2"). */
  private static List<String> checkIds(List<Check> checks) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (Check check : checks) {
      int n = seen.merge(check.type(), 1, Integer::sum);
      ids.add(n == 1 ? check.type() : check.type() + "-" + n);
    }
    return ids;
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  private static String seconds(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
