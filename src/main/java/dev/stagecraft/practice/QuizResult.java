package dev.stagecraft.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of a quiz, in the order asked; a quiz left early holds the answers given so far.
 *
 * @param answers every answer given
 * @param asked how many questions the quiz meant to ask
 */
public record QuizResult(List<Answer> answers, int asked) {

  public QuizResult {
    answers = List.copyOf(answers);
  }

  /** How many answers were right. */
  public int right() {
    return (int) answers.stream().filter(Answer::right).count();
  }

  /** How many questions were answered. */
  public int answered() {
    return answers.size();
  }

  /** The score out of 100 over the questions answered (0 when none were). */
  public int percent() {
    return answers.isEmpty() ? 0 : Math.round(100f * right() / answers.size());
  }

  /** The wrong answers, for the review. */
  public List<Answer> missed() {
    return answers.stream().filter(a -> !a.right()).toList();
  }

  /** Whether each answered question (by id) was right, for the learner's progress. */
  public Map<String, Boolean> byQuestion() {
    Map<String, Boolean> out = new LinkedHashMap<>();
    answers.forEach(a -> out.put(a.question().id(), a.right()));
    return out;
  }
}
