package dev.stagecraft.cli;

import dev.stagecraft.course.Course;
import dev.stagecraft.course.Exercise;
import java.util.List;

/** Error sentences the commands share, each saying what is wrong and what to do. */
final class Messages {

  private Messages() {}

  static String unknownExercise(String id, Course course) {
    List<Exercise> exercises = course.exercises();
    if (exercises.isEmpty()) {
      return "No exercise '" + id + "': this course has no exercises.";
    }
    Exercise first = exercises.get(0);
    String slug = first.id().substring(first.id().indexOf('-') + 1);
    return "No exercise '"
        + id
        + "'. Name one by its id, number or slug ("
        + first.id()
        + ", "
        + first.number()
        + " or "
        + slug
        + "). Exercises: "
        + String.join(", ", exercises.stream().map(Exercise::id).toList())
        + " (run `stagecraft list`).";
  }
}
