package dev.stagecraft.facts;

import dev.stagecraft.engine.BuildEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Collects a build's steps from its events, with whether each came from the build cache. */
final class StepRecorder implements Consumer<BuildEvent> {

  private final Map<Integer, BuildOutcome.BuiltStep> steps = new LinkedHashMap<>();

  @Override
  public synchronized void accept(BuildEvent event) {
    if (event instanceof BuildEvent.StepStarted started) {
      steps.put(
          started.number(),
          new BuildOutcome.BuiltStep(
              started.number(), started.instruction(), started.dockerfileLine(), false));
    } else if (event instanceof BuildEvent.CacheHit hit) {
      BuildOutcome.BuiltStep step = steps.get(hit.number());
      if (step != null) {
        steps.put(
            hit.number(),
            new BuildOutcome.BuiltStep(step.number(), step.instruction(), step.line(), true));
      }
    }
  }

  synchronized List<BuildOutcome.BuiltStep> steps() {
    return List.copyOf(new ArrayList<>(steps.values()));
  }
}
