package dev.stagecraft.course;

import java.util.List;

/**
 * Progress as read from disk, with anything the learner should be told about it (such as a corrupt
 * file that was set aside).
 */
public record LoadedProgress(Progress progress, List<String> warnings) {

  public LoadedProgress {
    warnings = List.copyOf(warnings);
  }
}
