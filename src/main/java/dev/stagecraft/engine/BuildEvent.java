package dev.stagecraft.engine;

/** What a running build reports, in order; the front end decides how to show it. */
public sealed interface BuildEvent {

  /**
   * The engine started step {@code number} of {@code total}.
   *
   * @param dockerfileLine the Dockerfile line of the instruction, or 0 when it could not be found
   */
  record StepStarted(int number, int total, String instruction, int dockerfileLine)
      implements BuildEvent {}

  /** A line of output: the step's own output or the engine's remarks (" ---> Using cache"). */
  record Output(String line) implements BuildEvent {}

  /** The step was satisfied from the build cache. */
  record CacheHit(int number) implements BuildEvent {}

  /** The build finished and produced {@code imageId}. */
  record Finished(String imageId) implements BuildEvent {}
}
