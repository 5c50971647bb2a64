package dev.stagecraft.engine;

/** Where in a check stagecraft was when the engine gave trouble, in the learner's words. */
public enum EngineStep {
  CONNECTING("while connecting"),
  BUILDING("during the build"),
  READING_IMAGE("while reading the image"),
  RUNNING_APP("while running the app"),
  CLEANING_UP("while cleaning up");

  private final String words;

  EngineStep(String words) {
    this.words = words;
  }

  /** "while reading the image": the step as a phrase that follows what happened. */
  public String words() {
    return words;
  }
}
