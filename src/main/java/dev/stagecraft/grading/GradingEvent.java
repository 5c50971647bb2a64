package dev.stagecraft.grading;

import dev.stagecraft.facts.LabEvent;

/** What the grader is doing, for front ends to show as it happens. */
public sealed interface GradingEvent {

  /** A named step began: "lint", "build", "inspect", "checks". */
  record StepStarted(String step) implements GradingEvent {}

  /** Progress from building or inspecting the image. */
  record Lab(LabEvent event) implements GradingEvent {}

  /** One check finished. */
  record CheckFinished(CheckResult result) implements GradingEvent {}
}
