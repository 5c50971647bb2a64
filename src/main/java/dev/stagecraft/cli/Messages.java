package dev.stagecraft.cli;

import dev.stagecraft.course.Course;
import dev.stagecraft.course.Exercise;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Error sentences the commands share, each saying what is wrong and what to do. */
final class Messages {

  private Messages() {}

  static String unknownExercise(String id, Course course) {
    return "No exercise '"
        + id
        + "'. Exercises: "
        + String.join(", ", course.exercises().stream().map(Exercise::id).toList())
        + " (run `stagecraft list`).";
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException missing) {
      return missing.getFile()
          + ": no such file"
          + (missing.getReason() == null ? "." : "; " + missing.getReason() + ".");
    }
    if (e instanceof AccessDeniedException denied) {
      return denied.getFile() + ": permission denied; check the file's permissions.";
    }
    return "Could not read or write a file: " + e.getMessage();
  }
}
