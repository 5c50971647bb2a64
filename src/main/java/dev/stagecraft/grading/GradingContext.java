package dev.stagecraft.grading;

import dev.stagecraft.dockerfile.Dockerfile;
import dev.stagecraft.dockerfile.StageGraph;
import dev.stagecraft.facts.BuildOutcome;
import dev.stagecraft.facts.BuildSpec;
import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.lint.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence checks read: the parsed Dockerfile, the lint findings and, when the image was built,
 * its facts.
 *
 * @param whyNoImage when {@code image} is empty, a sentence saying why ("the build failed at line
 *     4")
 * @param builds outcomes of the extra builds checks asked for (other targets, starter, reference)
 */
public record GradingContext(
    Dockerfile dockerfile,
    StageGraph stages,
    List<Finding> findings,
    Optional<ImageFacts> image,
    String whyNoImage,
    Map<BuildSpec, BuildOutcome> builds) {

  public static GradingContext staticOnly(
      Dockerfile dockerfile, StageGraph stages, List<Finding> findings, String whyNoImage) {
    return new GradingContext(dockerfile, stages, findings, Optional.empty(), whyNoImage, Map.of());
  }

  public GradingContext withoutImage(String reason) {
    return new GradingContext(dockerfile, stages, findings, Optional.empty(), reason, builds);
  }

  public GradingContext withImage(ImageFacts facts) {
    return new GradingContext(dockerfile, stages, findings, Optional.of(facts), "", builds);
  }

  public GradingContext withBuilds(Map<BuildSpec, BuildOutcome> outcomes) {
    return new GradingContext(
        dockerfile, stages, findings, image, whyNoImage, Map.copyOf(outcomes));
  }

  /** The outcome of an extra build a check asked for, when the engine could try it. */
  public Optional<BuildOutcome> build(BuildSpec spec) {
    return Optional.ofNullable(builds.get(spec));
  }
}
