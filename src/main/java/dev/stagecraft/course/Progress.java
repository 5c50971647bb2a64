package dev.stagecraft.course;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * A learner's progress through the course: per exercise status, attempts, last check and best size,
 * plus where they are. Immutable: every change returns a new {@code Progress}, which {@link
 * ProgressStore} saves.
 */
public final class Progress {

  private static final Progress EMPTY = new Progress(Map.of(), Optional.empty(), Optional.empty());

  private final Map<String, ExerciseProgress> exercises;
  private final Optional<String> currentLesson;
  private final Optional<String> currentExercise;

  /**
   * @param exercises progress by exercise id; ids absent here are not started
   * @param currentLesson the lesson the learner last opened
   * @param currentExercise the exercise the learner is working on
   */
  public Progress(
      Map<String, ExerciseProgress> exercises,
      Optional<String> currentLesson,
      Optional<String> currentExercise) {
    this.exercises = Collections.unmodifiableMap(new TreeMap<>(exercises));
    this.currentLesson = currentLesson;
    this.currentExercise = currentExercise;
  }

  /** No progress at all. */
  public static Progress empty() {
    return EMPTY;
  }

  /** Progress on one exercise; {@link ExerciseProgress#NOT_STARTED} when there is none. */
  public ExerciseProgress exercise(String exerciseId) {
    return exercises.getOrDefault(exerciseId, ExerciseProgress.NOT_STARTED);
  }

  /** The status of one exercise. */
  public ExerciseStatus status(String exerciseId) {
    return exercise(exerciseId).status();
  }

  /** Every exercise with recorded progress, by id in id order. */
  public Map<String, ExerciseProgress> exercises() {
    return exercises;
  }

  /** The lesson the learner last opened. */
  public Optional<String> currentLesson() {
    return currentLesson;
  }

  /** The exercise the learner is working on. */
  public Optional<String> currentExercise() {
    return currentExercise;
  }

  /** After a check of {@code exerciseId}; it also becomes the current exercise. */
  public Progress withCheck(String exerciseId, boolean passed, OptionalLong sizeBytes, Instant at) {
    return with(exerciseId, exercise(exerciseId).afterCheck(passed, sizeBytes, at))
        .withCurrentExercise(exerciseId);
  }

  /** After the learner asked for a hint; {@code available} caps the count. */
  public Progress withHintRevealed(String exerciseId, int available) {
    return with(exerciseId, exercise(exerciseId).afterHint(available));
  }

  /** With {@code lessonId} as the current lesson. */
  public Progress withCurrentLesson(String lessonId) {
    return new Progress(exercises, Optional.of(lessonId), currentExercise);
  }

  /** With {@code exerciseId} as the current exercise. */
  public Progress withCurrentExercise(String exerciseId) {
    return new Progress(exercises, currentLesson, Optional.of(exerciseId));
  }

  /** With the progress of one exercise replaced. */
  public Progress with(String exerciseId, ExerciseProgress progress) {
    Map<String, ExerciseProgress> next = new TreeMap<>(exercises);
    next.put(exerciseId, progress);
    return new Progress(next, currentLesson, currentExercise);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Progress that
        && exercises.equals(that.exercises)
        && currentLesson.equals(that.currentLesson)
        && currentExercise.equals(that.currentExercise);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(exercises, currentLesson, currentExercise);
  }

  @Override
  public String toString() {
    return "Progress[exercises="
        + exercises
        + ", currentLesson="
        + currentLesson
        + ", currentExercise="
        + currentExercise
        + "]";
  }
}
