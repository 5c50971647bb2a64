package dev.stagecraft.facts;

/** Progress of a build-and-inspect, for front ends to show while the learner waits. */
public sealed interface LabEvent {

  /** The builder started step {@code number} of {@code total}. */
  record BuildStep(int number, int total, String instruction) implements LabEvent {}

  /** A line the build printed (compiler output, apt-get, ...). */
  record BuildOutput(String line) implements LabEvent {}

  /**
   * No build ran: nothing the image depends on changed since the last check, whose image {@code
   * imageId} is graded again.
   */
  record Reused(String imageId) implements LabEvent {}

  /** The build is done and facts are being gathered ("reading the filesystem", ...). */
  record Gathering(String what) implements LabEvent {}
}
