package dev.stagecraft.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagecraft.course.Course;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.ExerciseProgress;
import dev.stagecraft.course.ExerciseStatus;
import dev.stagecraft.course.Progress;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/**
 * A learner's progress as JSON for instructors ({@code stagecraft progress export --json}): one
 * entry per exercise of the course, in course order. The fields are documented in
 * docs/progress-export.md; keep the two in step.
 */
public final class LearnerProgressJson {

  /** Raised when a field changes meaning; adding fields keeps it. */
  public static final int VERSION = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private LearnerProgressJson() {}

  /**
   * @param learner who the progress belongs to (the account name), for a folder of many exports
   */
  public static String render(
      Course course, Progress progress, Instant exportedAt, String learner) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", "stagecraft-progress");
    root.put("version", VERSION);
    root.put("exportedAt", exportedAt.toString());
    root.put("learner", learner);
    ObjectNode summary = root.putObject("summary");
    summary.put("exercises", course.exercises().size());
    summary.put("passed", count(course, progress, ExerciseStatus.PASSED));
    summary.put("attempted", count(course, progress, ExerciseStatus.ATTEMPTED));
    summary.put("notStarted", count(course, progress, ExerciseStatus.NOT_STARTED));
    ArrayNode exercises = root.putArray("exercises");
    for (Exercise exercise : course.exercises()) {
      ExerciseProgress p = progress.exercise(exercise.id());
      ObjectNode node = exercises.addObject();
      node.put("id", exercise.id());
      node.put("number", exercise.number());
      node.put("title", exercise.title());
      node.put("status", p.status().jsonName());
      node.put("attempts", p.attempts());
      node.put("hintsShown", p.hintsRevealed());
      node.put("hintsAvailable", exercise.hints().size());
      instant(node, "passedAt", p.passedAt());
      instant(node, "lastCheckedAt", p.lastChecked());
      if (p.bestSizeBytes().isPresent()) {
        node.put("bestSizeBytes", p.bestSizeBytes().getAsLong());
      } else {
        node.putNull("bestSizeBytes");
      }
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long count(Course course, Progress progress, ExerciseStatus status) {
    return course.exercises().stream().filter(e -> progress.status(e.id()) == status).count();
  }

  private static void instant(ObjectNode node, String field, Optional<Instant> value) {
    if (value.isPresent()) {
      node.put(field, value.get().toString());
    } else {
      node.putNull(field);
    }
  }
}
