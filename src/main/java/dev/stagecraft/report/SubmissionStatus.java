package dev.stagecraft.report;

import java.util.Locale;

/** How one learner's submission for one exercise came out in class grading. */
public enum SubmissionStatus {
  /** Every check passed. */
  PASS,
  /** Graded, and at least one check did not pass (a Dockerfile that does not build included). */
  FAIL,
  /**
   * Could not be graded: no Dockerfile, not a text file, a build that ran past the time limit, a
   * repository or ref that could not be fetched, an engine that ran out of disk.
   */
  BROKEN;

  /** The lower-case word CSV, JSON and the summary use. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status named by {@link #label()}. */
  public static SubmissionStatus ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
