package dev.stagecraft.grading;

/** Where a check gets its evidence; reports group checks by it. */
public enum CheckCategory {
  /** Reads the Dockerfile only; works without an engine. */
  STATIC("Dockerfile"),
  /** Reads the built image: config, layers, files. */
  IMAGE("Image"),
  /** Runs the built image in a sandbox. */
  RUNTIME("Runtime");

  private final String heading;

  CheckCategory(String heading) {
    this.heading = heading;
  }

  public String heading() {
    return heading;
  }
}
