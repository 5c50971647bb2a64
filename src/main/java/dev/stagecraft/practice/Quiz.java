package dev.stagecraft.practice;

import dev.stagecraft.course.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A quiz under way: the questions chosen for it and the answers given so far. A front end asks
 * {@link #next()}, reads a line, and hands it to {@link #answer(String)}.
 */
public final class Quiz {

  private final List<Question> questions;
  private final List<Answer> answers = new ArrayList<>();

  /** A quiz asking {@code questions} in order. */
  public Quiz(List<Question> questions) {
    this.questions = List.copyOf(questions);
  }

  /** The questions, in the order they are asked. */
  public List<Question> questions() {
    return questions;
  }

  /** The question to ask now; empty when every one was answered. */
  public Optional<Question> next() {
    return answers.size() < questions.size()
        ? Optional.of(questions.get(answers.size()))
        : Optional.empty();
  }

  /** Which question comes next, counted from 1. */
  public int position() {
    return answers.size() + 1;
  }

  /**
   * Grades {@code text} as the answer to the current question and moves on.
   *
   * @throws IllegalStateException when every question was answered already
   */
  public Answer answer(String text) {
    Question question =
        next().orElseThrow(() -> new IllegalStateException("the quiz has no question left"));
    Answer answer = new Answer(question, text.strip(), AnswerCheck.isRight(question, text));
    answers.add(answer);
    return answer;
  }

  /** The answers so far. */
  public QuizResult result() {
    return new QuizResult(answers, questions.size());
  }
}
