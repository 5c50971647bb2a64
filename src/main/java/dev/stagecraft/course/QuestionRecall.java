package dev.stagecraft.course;

/**
 * How well a learner knows one question of the bank, kept as a Leitner box: a right answer moves
 * the question up a box (asked less often), a wrong one sends it back to the first box (asked again
 * soon).
 *
 * @param box 1 (ask at every quiz) to {@link #TOP_BOX} (ask rarely)
 * @param lastQuiz the number of the quiz that last asked it, counted from 1
 * @param asked how many times it was asked
 * @param missed how many of those answers were wrong
 */
public record QuestionRecall(int box, int lastQuiz, int asked, int missed) {

  /** The highest box: a question answered right this many times in a row. */
  public static final int TOP_BOX = 5;

  public QuestionRecall {
    if (box < 1 || box > TOP_BOX || lastQuiz < 0 || asked < 0 || missed < 0 || missed > asked) {
      throw new IllegalArgumentException(
          "a question's recall needs a box from 1 to "
              + TOP_BOX
              + " and counts that are not negative");
    }
  }

  /** A question never asked. */
  public static QuestionRecall unseen() {
    return new QuestionRecall(1, 0, 0, 0);
  }

  /** Whether the learner has ever been asked it. */
  public boolean seen() {
    return asked > 0;
  }

  /** Whether the last answer was wrong (the question sits in the first box after being asked). */
  public boolean lastMissed() {
    return asked > 0 && box == 1 && missed > 0;
  }

  /** This recall after an answer given in quiz number {@code quiz}. */
  public QuestionRecall after(boolean right, int quiz) {
    int next = right ? Math.min(box + 1, TOP_BOX) : 1;
    return new QuestionRecall(next, quiz, asked + 1, right ? missed : missed + 1);
  }
}
