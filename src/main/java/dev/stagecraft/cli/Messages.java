package dev.stagecraft.cli;

import dev.stagecraft.course.Course;
import dev.stagecraft.course.Exercise;

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
}
