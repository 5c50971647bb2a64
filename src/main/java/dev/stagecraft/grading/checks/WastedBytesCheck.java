package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.facts.LayerEfficiency;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Sizes;
import dev.stagecraft.grading.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The learner's layers waste at most {@code maxMB} and/or keep the image's efficiency at least
 * {@code minEfficiency}, scored as dive does (see {@link LayerEfficiency}): a file written in one
 * step and removed or overwritten in a later one still ships in the earlier layer. Base files the
 * learner overwrites or removes count as the learner's waste; the base image's own waste does not.
 */
public record WastedBytesCheck(Optional<Long> maxBytes, Optional<Double> minEfficiency)
    implements ImageCheck {

  /** How many wasted paths the verdict names, largest first. */
  static final int PATHS_SHOWN = 5;

  public static WastedBytesCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("maxMB", "minEfficiency");
    Optional<Double> maxMb = params.optionalNumber("maxMB");
    Optional<Double> minEfficiency = params.optionalNumber("minEfficiency");
    if (maxMb.isEmpty() && minEfficiency.isEmpty()) {
      throw params.problem(
          "maxMB", "or minEfficiency must be given, e.g. maxMB: 1 or minEfficiency: 0.95");
    }
    if (maxMb.isPresent() && maxMb.get() < 0) {
      throw params.problem("maxMB", "must be 0 or more");
    }
    if (minEfficiency.isPresent() && (minEfficiency.get() < 0 || minEfficiency.get() > 1)) {
      throw params.problem("minEfficiency", "must be between 0 and 1, e.g. 0.95 for 95%");
    }
    return new WastedBytesCheck(maxMb.map(Sizes::fromMegabytes), minEfficiency);
  }

  @Override
  public String type() {
    return "wasted-bytes";
  }

  @Override
  public String title() {
    List<String> parts = new ArrayList<>();
    maxBytes.ifPresent(max -> parts.add("at most " + Sizes.megabytes(max) + " wasted"));
    minEfficiency.ifPresent(min -> parts.add("efficiency at least " + percent(min)));
    return "Your layers: " + String.join(", ", parts);
  }

  @Override
  public boolean needsLayerFiles() {
    return true;
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    if (image.layerFiles().isEmpty()) {
      return Verdict.error("The layers' files were not read, so waste cannot be measured.");
    }
    LayerEfficiency efficiency = LayerEfficiency.of(image.layerFiles().get());
    String actual = actual(efficiency);
    String summary =
        Sizes.megabytes(efficiency.wastedBytes())
            + " wasted (efficiency "
            + percent(efficiency.efficiency())
            + ")";
    boolean withinBytes = maxBytes.map(max -> efficiency.wastedBytes() <= max).orElse(true);
    boolean efficientEnough = minEfficiency.map(min -> efficiency.efficiency() >= min).orElse(true);
    if (withinBytes && efficientEnough) {
      return Verdict.pass("Your layers have " + summary + ".", actual);
    }
    return Verdict.fail(
        "Your layers have "
            + summary
            + ": files removed or overwritten by a later step still ship in the layer that wrote"
            + " them. Remove them in the same RUN step that creates them, or copy only what you"
            + " need from a build stage.",
        expected(),
        actual);
  }

  private String expected() {
    List<String> parts = new ArrayList<>();
    maxBytes.ifPresent(max -> parts.add("at most " + Sizes.megabytes(max) + " wasted"));
    minEfficiency.ifPresent(min -> parts.add("efficiency at least " + percent(min)));
    return String.join(" and ", parts);
  }

  private static String actual(LayerEfficiency efficiency) {
    StringBuilder text = new StringBuilder();
    if (efficiency.wastedBytes() == 0) {
      text.append("nothing wasted (efficiency ")
          .append(percent(efficiency.efficiency()))
          .append(")");
    } else {
      text.append(Sizes.megabytes(efficiency.wastedBytes()))
          .append(" wasted (efficiency ")
          .append(percent(efficiency.efficiency()))
          .append("): ");
      List<String> shown = new ArrayList<>();
      for (LayerEfficiency.WastedPath path :
          efficiency
              .wastedPaths()
              .subList(0, Math.min(PATHS_SHOWN, efficiency.wastedPaths().size()))) {
        shown.add(
            path.path() + " " + pathSize(path.bytes()) + " (" + path.occurrences() + " layers)");
      }
      text.append(String.join(", ", shown));
      int more = efficiency.wastedPaths().size() - shown.size();
      if (more > 0) {
        text.append(" and ").append(more).append(more == 1 ? " more path" : " more paths");
      }
    }
    if (efficiency.baseWastedBytes() > 0) {
      text.append("; the base image wastes ")
          .append(Sizes.megabytes(efficiency.baseWastedBytes()))
          .append(" itself, not counted");
    }
    return text.toString();
  }

  /** Most wasted paths are small files; "0.0 MB" would hide their size. */
  private static String pathSize(long bytes) {
    if (bytes >= 100_000) {
      return Sizes.megabytes(bytes);
    }
    return String.format(Locale.ROOT, "%.1f kB", bytes / 1000.0);
  }

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }
}
