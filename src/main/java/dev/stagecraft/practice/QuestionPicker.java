package dev.stagecraft.practice;

import dev.stagecraft.course.Practice;
import dev.stagecraft.course.Question;
import dev.stagecraft.course.QuestionRecall;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Chooses a quiz's questions by spaced repetition (Leitner boxes). A question in box {@code b} is
 * due again {@code 2^(b-1)} quizzes after it was last asked: a missed question (box 1) at every
 * quiz, one answered right four times running only every sixteenth. Due questions come first,
 * missed ones before new ones before the rest, lower boxes first; the rest fill up the quiz the
 * same way. Ties are shuffled by the given random source, so a seeded one gives a fixed order.
 */
public final class QuestionPicker {

  private QuestionPicker() {}

  /**
   * Up to {@code count} questions of {@code pool}, in the order to ask them.
   *
   * @param practice what the learner's earlier quizzes left
   * @param random shuffles questions of equal rank
   */
  public static List<Question> pick(
      List<Question> pool, Practice practice, int count, Random random) {
    int quiz = practice.quizzesTaken() + 1;
    List<Question> shuffled = new ArrayList<>(pool);
    Collections.shuffle(shuffled, random);
    // The sort is stable: questions of equal rank keep their shuffled order.
    shuffled.sort(
        Comparator.comparingInt((Question q) -> isDue(practice.question(q.id()), quiz) ? 0 : 1)
            .thenComparingInt(q -> rank(practice.question(q.id()))));
    return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
  }

  /** Whether a question is due in quiz number {@code quiz}. */
  static boolean isDue(QuestionRecall recall, int quiz) {
    if (!recall.seen()) {
      return true;
    }
    return quiz - recall.lastQuiz() >= 1 << (recall.box() - 1);
  }

  /** Missed first (0), then never asked (1), then by box (2 and up). */
  private static int rank(QuestionRecall recall) {
    if (recall.lastMissed()) {
      return 0;
    }
    return recall.seen() ? recall.box() + 1 : 1;
  }
}
