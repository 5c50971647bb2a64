package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.facts.LayerFact;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * The image has at most {@code max} layers that add bytes. Steps that only set metadata (ENV,
 * LABEL, CMD, ...) appear in the history with 0 bytes and are not counted, since they cost nothing
 * to pull. With {@code scope: yours} only the layers of the learner's own steps count, so the
 * budget does not depend on how the base image was built.
 */
public record LayerCountCheck(int max, boolean yoursOnly) implements ImageCheck {

  public static LayerCountCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("max", "scope");
    int max = params.integer("max", -1);
    if (max < 1) {
      throw params.problem("max", "must be given, 1 or more");
    }
    String scope = params.optionalString("scope").orElse("all").toLowerCase(Locale.ROOT);
    if (!scope.equals("all") && !scope.equals("yours")) {
      throw params.problem("scope", "must be 'all' (every layer) or 'yours' (your steps only)");
    }
    return new LayerCountCheck(max, scope.equals("yours"));
  }

  @Override
  public String type() {
    return "layer-count";
  }

  @Override
  public String title() {
    return "At most " + max + (yoursOnly ? " layers from your steps" : " layers");
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    List<LayerFact> filled = image.layers().stream().filter(l -> l.sizeBytes() > 0).toList();
    long base = filled.stream().filter(LayerFact::fromBase).count();
    long yours = filled.size() - base;
    long counted = yoursOnly ? yours : filled.size();
    String actual =
        (yoursOnly ? yours + " from your steps" : filled.size() + " layers")
            + " ("
            + base
            + " from the base, "
            + yours
            + " from your steps)";
    if (counted <= max) {
      return Verdict.pass("The image has " + counted + " layers that add files.", actual);
    }
    return Verdict.fail(
        "The image has "
            + counted
            + " layers that add files; join RUN steps with && and copy from a build stage.",
        "at most " + max + (yoursOnly ? " from your steps" : " layers"),
        actual);
  }
}
