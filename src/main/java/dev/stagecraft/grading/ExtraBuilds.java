package dev.stagecraft.grading;

import dev.stagecraft.facts.BuildOutcome;
import dev.stagecraft.facts.BuildSpec;
import dev.stagecraft.facts.ImageLab;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The builds besides the graded one that checks compare with: the starter, the reference, another
 * target of the learner's file, a build after a change to the context. Each is asked of the lab
 * once per grading, and the starter is not built at all when a floor under its size decides.
 */
final class ExtraBuilds {

  private ExtraBuilds() {}

  /** Runs the extra builds checks asked for; each is tried even when the graded build failed. */
  static Map<BuildSpec, BuildOutcome> run(
      ImageLab lab,
      GradingRequest request,
      List<Check> checks,
      GradingContext imageContext,
      Consumer<GradingEvent> events) {
    LinkedHashSet<BuildSpec> specs = new LinkedHashSet<>();
    checks.forEach(c -> specs.addAll(c.buildsNeeded()));
    Map<BuildSpec, BuildOutcome> outcomes = new LinkedHashMap<>();
    for (BuildSpec spec : specs) {
      Optional<Path> dockerfile =
          switch (spec.role()) {
            case GRADED -> Optional.of(request.dockerfile());
            case STARTER -> request.starterDockerfile();
            case REFERENCE -> request.referenceDockerfile();
          };
      if (dockerfile.isEmpty()) {
        outcomes.put(
            spec,
            new BuildOutcome.Unavailable(
                "this exercise has no "
                    + spec.role().name().toLowerCase(Locale.ROOT)
                    + " Dockerfile"));
        continue;
      }
      if (spec.role() == BuildSpec.Role.STARTER && spec.equals(BuildSpec.of(spec.role()))) {
        Optional<BuildOutcome> decided =
            starterWithoutBuilding(lab, request, dockerfile.get(), spec, checks, imageContext);
        if (decided.isPresent()) {
          outcomes.put(spec, decided.get());
          continue;
        }
      }
      events.accept(new GradingEvent.BuildingOther(spec));
      // The graded Dockerfile's other targets depend on sources the learner is editing: never reuse
      // an earlier outcome for them. The starter and reference do not change in a session.
      boolean remember = spec.role() != BuildSpec.Role.GRADED;
      outcomes.put(
          spec,
          spec.change().isPresent()
              ? lab.measureAfterChange(
                  request.buildContext(), dockerfile.get(), spec.target(), spec.change().get())
              : lab.measure(request.buildContext(), dockerfile.get(), spec.target(), remember));
    }
    return outcomes;
  }

  /**
   * The starter's outcome when no build is needed for it: a floor under its size (its base image's)
   * that already passes every check comparing with it, or else a size measured before. A cold check
   * of a passing solution then does not compile the starter as well; a check the floor does not
   * pass gets the starter built, so a failure always shows the starter's real size.
   */
  private static Optional<BuildOutcome> starterWithoutBuilding(
      ImageLab lab,
      GradingRequest request,
      Path starter,
      BuildSpec spec,
      List<Check> checks,
      GradingContext imageContext) {
    Optional<BuildOutcome.AtLeast> floor = lab.sizeAtLeast(starter);
    if (floor.isPresent()) {
      GradingContext withFloor = imageContext.withBuilds(Map.of(spec, floor.get()));
      boolean decides =
          checks.stream()
              .filter(c -> c.buildsNeeded().contains(spec))
              .allMatch(c -> c.evaluate(withFloor).status() == Status.PASS);
      if (decides) {
        return Optional.of(floor.get());
      }
    }
    return lab.measuredBefore(request.buildContext(), starter, spec.target());
  }
}
