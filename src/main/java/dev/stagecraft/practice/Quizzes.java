package dev.stagecraft.practice;

import dev.stagecraft.course.Course;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.course.LoadedProgress;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.course.Question;
import dev.stagecraft.course.QuestionBank;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

/**
 * Quizzes over the course's question bank: chosen by spaced repetition from what the progress
 * remembers, and remembered there once answered.
 */
public final class Quizzes {

  /** How many questions a quiz asks when the learner names no number. */
  public static final int DEFAULT_COUNT = 10;

  private final Course course;
  private final ProgressStore progress;

  public Quizzes(Course course, ProgressStore progress) {
    this.course = course;
    this.progress = progress;
  }

  /**
   * A quiz of up to {@code count} questions, of one topic (a lesson number) or of all.
   *
   * @param random orders questions of equal rank; seed it for a fixed order
   * @throws CourseException when the bank is missing or malformed (naming file and line)
   */
  public QuizStart start(int count, Optional<Integer> topic, Random random) throws CourseException {
    if (count < 1) {
      return new QuizStart.Refused(
          "A quiz asks at least one question; for example `quiz 5`, or `quiz` for "
              + DEFAULT_COUNT
              + ".");
    }
    QuestionBank bank = QuestionBank.load(course.home());
    List<Question> pool = topic.map(bank::forTopic).orElse(bank.questions());
    if (pool.isEmpty()) {
      TreeSet<Integer> topics = new TreeSet<>();
      bank.questions().forEach(q -> topics.add(q.topic()));
      return new QuizStart.Refused(
          "No question has topic "
              + topic.orElseThrow()
              + ". Topics are lesson numbers; the bank has "
              + topics
              + ".");
    }
    LoadedProgress loaded = progress.load();
    return new QuizStart.Ready(
        new Quiz(QuestionPicker.pick(pool, loaded.progress().practice(), count, random)));
  }

  /**
   * Remembers a quiz's answers (missed questions go back to the first box). A quiz with no answer
   * changes nothing.
   *
   * @return anything the learner should know, such as progress that could not be saved
   */
  public List<String> record(QuizResult result) {
    if (result.answers().isEmpty()) {
      return List.of();
    }
    LoadedProgress loaded = progress.load();
    List<String> warnings = new ArrayList<>(loaded.warnings());
    try {
      progress.save(
          loaded
              .progress()
              .withPractice(loaded.progress().practice().afterQuiz(result.byQuestion())));
    } catch (IOException e) {
      warnings.add("Could not save your progress to " + progress.file() + ": " + e.getMessage());
    }
    return warnings;
  }
}
