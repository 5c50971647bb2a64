package dev.stagecraft.course;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The interview-practice part of a learner's progress: how well each question of the bank is known
 * (for spaced repetition) and the best result of each timed drill. Immutable, like {@link
 * Progress}.
 *
 * @param quizzesTaken how many quizzes were finished; the next one is number {@code quizzesTaken+1}
 * @param questions recall by question id; ids absent here were never asked
 * @param drills results by drill id; ids absent here were never tried
 */
public record Practice(
    int quizzesTaken, Map<String, QuestionRecall> questions, Map<String, DrillBest> drills) {

  private static final Practice NONE = new Practice(0, Map.of(), Map.of());

  public Practice {
    if (quizzesTaken < 0) {
      throw new IllegalArgumentException("quizzesTaken cannot be negative");
    }
    questions = Collections.unmodifiableMap(new TreeMap<>(questions));
    drills = Collections.unmodifiableMap(new TreeMap<>(drills));
  }

  /** No practice yet (also what a progress file from before practice existed holds). */
  public static Practice none() {
    return NONE;
  }

  /** Whether there is nothing to remember. */
  public boolean isEmpty() {
    return quizzesTaken == 0 && questions.isEmpty() && drills.isEmpty();
  }

  /** The recall of one question; {@link QuestionRecall#unseen()} when it was never asked. */
  public QuestionRecall question(String questionId) {
    return questions.getOrDefault(questionId, QuestionRecall.unseen());
  }

  /** The record of one drill; {@link DrillBest#NOT_TRIED} when it was never graded. */
  public DrillBest drill(String drillId) {
    return drills.getOrDefault(drillId, DrillBest.NOT_TRIED);
  }

  /**
   * After a finished quiz: each answered question moves between boxes, and the quiz is counted.
   *
   * @param answers whether each asked question (by id) was answered right
   */
  public Practice afterQuiz(Map<String, Boolean> answers) {
    int quiz = quizzesTaken + 1;
    Map<String, QuestionRecall> next = new TreeMap<>(questions);
    answers.forEach((id, right) -> next.put(id, question(id).after(right, quiz)));
    return new Practice(quiz, next, drills);
  }

  /** After one grading of a drill. */
  public Practice afterDrill(String drillId, int score, boolean passed, long seconds) {
    Map<String, DrillBest> next = new TreeMap<>(drills);
    next.put(drillId, drill(drillId).after(score, passed, seconds));
    return new Practice(quizzesTaken, questions, next);
  }
}
