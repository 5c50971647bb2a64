package dev.stagecraft.course;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * A learner's progress through the course: per exercise status, attempts, last check, best size and
 * hints seen, plus where they are. Immutable: every change returns a new {@code Progress}, which
 * {@link ProgressStore} saves.
 *
 * @param exercises progress by exercise id, in id order; ids absent here are not started
 * @param currentLesson the lesson the learner last opened
 * @param currentExercise the exercise the learner is working on
 * @param readingPosition where the learner stopped reading the current lesson in the pager
 * @param practice quiz recall and drill results; {@link Practice#none()} in older files
 */
public record Progress(
    Map<String, ExerciseProgress> exercises,
    Optional<String> currentLesson,
    Optional<String> currentExercise,
    Optional<ReadingPosition> readingPosition,
    Practice practice) {

  private static final Progress EMPTY = new Progress(Map.of(), Optional.empty(), Optional.empty());

  public Progress {
    exercises = Collections.unmodifiableMap(new TreeMap<>(exercises));
  }

  /** Progress with no reading position and no practice, as the oldest files hold. */
  public Progress(
      Map<String, ExerciseProgress> exercises,
      Optional<String> currentLesson,
      Optional<String> currentExercise) {
    this(exercises, currentLesson, currentExercise, Optional.empty(), Practice.none());
  }

  /** Progress without any quiz or drill practice. */
  public Progress(
      Map<String, ExerciseProgress> exercises,
      Optional<String> currentLesson,
      Optional<String> currentExercise,
      Optional<ReadingPosition> readingPosition) {
    this(exercises, currentLesson, currentExercise, readingPosition, Practice.none());
  }

  /** Progress with no reading position. */
  public Progress(
      Map<String, ExerciseProgress> exercises,
      Optional<String> currentLesson,
      Optional<String> currentExercise,
      Practice practice) {
    this(exercises, currentLesson, currentExercise, Optional.empty(), practice);
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

  /** After a check of {@code exerciseId}; it also becomes the current exercise. */
  public Progress withCheck(String exerciseId, boolean passed, OptionalLong sizeBytes, Instant at) {
    return with(exerciseId, exercise(exerciseId).afterCheck(passed, sizeBytes, at))
        .withCurrentExercise(exerciseId);
  }

  /** After the learner asked for a hint; {@code available} caps the count. */
  public Progress withHintRevealed(String exerciseId, int available) {
    return with(exerciseId, exercise(exerciseId).afterHint(available));
  }

  /**
   * With {@code lessonId} as the current lesson; a reading position in another lesson is dropped.
   */
  public Progress withCurrentLesson(String lessonId) {
    return new Progress(
        exercises,
        Optional.of(lessonId),
        currentExercise,
        readingPosition.filter(p -> p.lessonId().equals(lessonId)),
        practice);
  }

  /** With {@code position} remembered, and its lesson as the current one. */
  public Progress withReadingPosition(ReadingPosition position) {
    return new Progress(
        exercises,
        Optional.of(position.lessonId()),
        currentExercise,
        Optional.of(position),
        practice);
  }

  /** With {@code exerciseId} as the current exercise. */
  public Progress withCurrentExercise(String exerciseId) {
    return new Progress(
        exercises, currentLesson, Optional.of(exerciseId), readingPosition, practice);
  }

  /** With the progress of one exercise replaced. */
  public Progress with(String exerciseId, ExerciseProgress progress) {
    Map<String, ExerciseProgress> next = new TreeMap<>(exercises);
    next.put(exerciseId, progress);
    return new Progress(next, currentLesson, currentExercise, readingPosition, practice);
  }

  /** With the quiz and drill practice replaced. */
  public Progress withPractice(Practice next) {
    return new Progress(exercises, currentLesson, currentExercise, readingPosition, next);
  }
}
