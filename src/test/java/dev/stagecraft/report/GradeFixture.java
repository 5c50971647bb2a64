package dev.stagecraft.report;

import dev.stagecraft.facts.LayerFact;
import dev.stagecraft.grading.CheckCategory;
import dev.stagecraft.grading.CheckResult;
import dev.stagecraft.grading.Grade;
import dev.stagecraft.grading.ImageSummary;
import dev.stagecraft.grading.Timings;
import dev.stagecraft.grading.Verdict;
import dev.stagecraft.lint.Finding;
import dev.stagecraft.lint.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A grade with one check of each status, for renderer tests. */
final class GradeFixture {

  private GradeFixture() {}

  static Grade mixed() {
    List<CheckResult> results =
        List.of(
            result(
                "stage-count",
                CheckCategory.STATIC,
                Verdict.pass("2 stages", "2 stages"),
                Optional.empty()),
            result(
                "image-size",
                CheckCategory.IMAGE,
                Verdict.fail(
                    "The final image is 812 MB, over the budget.",
                    "at most 10.0 MB",
                    "812 MB <&> \"quoted\""),
                Optional.of("Start the final stage FROM scratch.")),
            result(
                "runs",
                CheckCategory.RUNTIME,
                Verdict.skipped("the image did not build"),
                Optional.empty()),
            result(
                "non-root-user",
                CheckCategory.IMAGE,
                Verdict.error("engine went away"),
                Optional.empty()));
    ImageSummary image =
        new ImageSummary(
            "sha256:abc",
            812_000_000,
            800_000_000,
            12_000_000,
            List.of(
                new LayerFact(0, "debian", 800_000_000, true),
                new LayerFact(1, "RUN go build", 12_000_000, false)));
    Duration ms = Duration.ofMillis(5);
    return new Grade(
        "03-go-scratch",
        Path.of("/course/exercises/03-go-scratch/Dockerfile"),
        results,
        Optional.of(image),
        true,
        new Timings(ms, Duration.ofSeconds(12), Duration.ofMillis(300), ms, Duration.ofSeconds(13)),
        java.util.Map.of("starter", 1_123_000_000L));
  }

  /** The build failed: one static check passed, the image and runtime checks could not run. */
  static Grade buildFailed() {
    List<CheckResult> results =
        List.of(
            result(
                "stage-count",
                CheckCategory.STATIC,
                Verdict.pass("2 stages", "2 stages"),
                Optional.empty()),
            new CheckResult(
                Grade.BUILD_ID,
                "The Dockerfile builds",
                CheckCategory.IMAGE,
                Verdict.fail(
                    "line 5 (RUN go build) failed with exit code 2.",
                    "a successful build",
                    "the build failed"),
                Optional.empty(),
                Duration.ZERO),
            result(
                "image-size",
                CheckCategory.IMAGE,
                Verdict.skipped("the image did not build"),
                Optional.empty()),
            result(
                "runs",
                CheckCategory.RUNTIME,
                Verdict.skipped("the image did not build"),
                Optional.empty()));
    Duration ms = Duration.ofMillis(5);
    return new Grade(
        "03-go-scratch",
        Path.of("/course/exercises/03-go-scratch/Dockerfile"),
        results,
        Optional.empty(),
        true,
        new Timings(ms, ms, ms, ms, ms),
        java.util.Map.of());
  }

  /**
   * Everything passes on a stand-in base, with a long program output and one piece of lint advice.
   */
  static Grade passedWithAdviceOnStandIn() {
    List<CheckResult> results =
        List.of(
            result(
                "runs",
                CheckCategory.RUNTIME,
                Verdict.pass(
                    "The app ran.",
                    "exit code 0, output 'stagecraft: hello from a static Go binary, built"
                        + " with care and shipped on scratch'"),
                Optional.empty()));
    ImageSummary image =
        new ImageSummary(
            "sha256:abc",
            217_000_000,
            216_000_000,
            1_000_000,
            List.of(new LayerFact(0, "nginx", 216_000_000, true)),
            Optional.of("nginx:alpine"),
            List.of("nginx:alpine", "node:20-slim"));
    Finding advice =
        new Finding(
            "copy-from-index",
            Severity.WARNING,
            "Dockerfile",
            8,
            "--from=0 refers to a stage by index; use a name",
            "Indexes shift when a stage is added or moved.",
            "Name the stage and copy with --from=build.");
    Duration ms = Duration.ofMillis(5);
    return new Grade(
        "06-static-site-nginx",
        Path.of("/course/exercises/06-static-site-nginx/Dockerfile"),
        results,
        Optional.of(image),
        true,
        new Timings(ms, ms, ms, ms, ms),
        java.util.Map.of(),
        List.of(advice));
  }

  private static CheckResult result(
      String id, CheckCategory category, Verdict verdict, Optional<String> hint) {
    return new CheckResult(id, "Title of " + id, category, verdict, hint, Duration.ofMillis(2));
  }
}
