package dev.stagecraft.app;

import dev.stagecraft.grading.Grade;
import java.util.List;

/**
 * A finished check: the grade, and anything the learner should know that is not part of it (such as
 * progress that could not be saved).
 */
public record Checked(Grade grade, List<String> warnings) {

  public Checked {
    warnings = List.copyOf(warnings);
  }
}
