package dev.stagecraft.course;

import java.util.Locale;

/** How far a learner got with one exercise. */
public enum ExerciseStatus {
  NOT_STARTED,
  ATTEMPTED,
  PASSED;

  /** The lower-case form used in JSON output and the progress file, such as {@code not_started}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
