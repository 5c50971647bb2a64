package dev.stagecraft.grading;

import dev.stagecraft.dockerfile.Dockerfile;
import dev.stagecraft.dockerfile.StageGraph;
import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.lint.Finding;
import java.util.List;
import java.util.Optional;

/**
 * The evidence checks read: the parsed Dockerfile, the lint findings and, when the image was built,
 * its facts.
 *
 * @param whyNoImage when {@code image} is empty, a sentence saying why ("the build failed at line
 *     4")
 */
public record GradingContext(
    Dockerfile dockerfile,
    StageGraph stages,
    List<Finding> findings,
    Optional<ImageFacts> image,
    String whyNoImage) {

  public static GradingContext staticOnly(
      Dockerfile dockerfile, StageGraph stages, List<Finding> findings, String whyNoImage) {
    return new GradingContext(dockerfile, stages, findings, Optional.empty(), whyNoImage);
  }

  public GradingContext withoutImage(String reason) {
    return new GradingContext(dockerfile, stages, findings, Optional.empty(), reason);
  }

  public GradingContext withImage(ImageFacts facts) {
    return new GradingContext(dockerfile, stages, findings, Optional.of(facts), "");
  }
}
