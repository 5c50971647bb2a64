package dev.stagecraft.grading;

import dev.stagecraft.facts.BuildSpec;
import dev.stagecraft.facts.LabEvent;

/** What the grader is doing, for front ends to show as it happens. */
public sealed interface GradingEvent {

  /** Parsing and linting the Dockerfile and running the static checks. */
  record Analysing() implements GradingEvent {}

  /** Building the graded image and gathering its facts. */
  record Building() implements GradingEvent {}

  /** Building something a check compares against: another target, the starter, the reference. */
  record BuildingOther(BuildSpec spec) implements GradingEvent {}

  /** Running the image and runtime checks. */
  record Checking() implements GradingEvent {}

  /** Progress from building or inspecting the image. */
  record Lab(LabEvent event) implements GradingEvent {}

  /** One check finished. */
  record CheckFinished(CheckResult result) implements GradingEvent {}
}
