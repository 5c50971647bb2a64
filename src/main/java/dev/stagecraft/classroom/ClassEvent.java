package dev.stagecraft.classroom;

import dev.stagecraft.report.SubmissionResult;

/** What class grading is doing, for the front end to show as it happens. */
public sealed interface ClassEvent {

  /** An engine took a submission. */
  record Started(String learner, String exercise, String engine) implements ClassEvent {}

  /** A submission's result is known (graded, reused from the cache, or broken). */
  record Finished(SubmissionResult result) implements ClassEvent {}

  /**
   * An engine could not be used (at the start, or it went away mid-batch): its work goes to the
   * others.
   */
  record EngineLost(String engine, String reason) implements ClassEvent {}
}
