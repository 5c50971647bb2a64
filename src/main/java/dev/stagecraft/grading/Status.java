package dev.stagecraft.grading;

/** How one check came out. */
public enum Status {
  PASS,
  FAIL,
  /** Not evaluated, e.g. the image did not build or no engine was reachable. */
  SKIPPED,
  /** The check itself could not be carried out; the learner's work is not to blame. */
  ERROR;

  /** Lower-case name used in JSON and JUnit output. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
