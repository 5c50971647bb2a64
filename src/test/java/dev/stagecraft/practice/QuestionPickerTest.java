package dev.stagecraft.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.course.Practice;
import dev.stagecraft.course.Question;
import dev.stagecraft.course.QuestionRecall;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuestionPickerTest {

  private final List<Question> pool =
      IntStream.rangeClosed(1, 8)
          .mapToObj(i -> AnswerCheckTest.choice("q" + i, 0, "yes", "no"))
          .toList();

  private static List<String> ids(List<Question> questions) {
    return questions.stream().map(Question::id).toList();
  }

  @Test
  void theSameSeedGivesTheSameOrderAndAnotherSeedAnother() {
    List<String> first = ids(QuestionPicker.pick(pool, Practice.none(), 8, new Random(7)));
    List<String> again = ids(QuestionPicker.pick(pool, Practice.none(), 8, new Random(7)));
    List<String> other = ids(QuestionPicker.pick(pool, Practice.none(), 8, new Random(8)));
    assertThat(first).isEqualTo(again).containsExactlyInAnyOrderElementsOf(ids(pool));
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void missedQuestionsComeFirstThenNewOnesThenKnownOnes() {
    // Quiz 1 asked q1..q4: q2 and q4 missed, q1 and q3 right.
    Practice practice =
        Practice.none().afterQuiz(Map.of("q1", true, "q2", false, "q3", true, "q4", false));
    for (int seed = 0; seed < 20; seed++) {
      List<String> order = ids(QuestionPicker.pick(pool, practice, 8, new Random(seed)));
      assertThat(order.subList(0, 2)).containsExactlyInAnyOrder("q2", "q4");
      assertThat(order.subList(2, 6)).containsExactlyInAnyOrder("q5", "q6", "q7", "q8");
      assertThat(order.subList(6, 8)).containsExactlyInAnyOrder("q1", "q3");
    }
  }

  @Test
  void aShortQuizTakesTheMissedOnesBeforeAnythingElse() {
    Practice practice = Practice.none().afterQuiz(Map.of("q7", false, "q1", true));
    assertThat(ids(QuestionPicker.pick(pool, practice, 1, new Random(3)))).containsExactly("q7");
  }

  @Test
  void aQuestionInBoxBComesBackEveryTwoToTheBMinusOneQuizzes() {
    QuestionRecall box3 = new QuestionRecall(3, 10, 2, 0);
    assertThat(QuestionPicker.isDue(box3, 13)).isFalse();
    assertThat(QuestionPicker.isDue(box3, 14)).isTrue();
    assertThat(QuestionPicker.isDue(new QuestionRecall(1, 10, 1, 1), 11)).isTrue();
    assertThat(QuestionPicker.isDue(QuestionRecall.unseen(), 1)).isTrue();
  }

  @Test
  void aKnownQuestionThatIsDueComesBeforeOneThatIsNot() {
    // q1 in box 2 asked at quiz 1 is due at quiz 3; q2 in box 3 asked at quiz 2 is not.
    Practice practice =
        new Practice(
            2,
            Map.of(
                "q1", new QuestionRecall(2, 1, 1, 0),
                "q2", new QuestionRecall(3, 2, 2, 0)),
            Map.of());
    List<Question> two = pool.subList(0, 2);
    assertThat(ids(QuestionPicker.pick(two, practice, 2, new Random(1))))
        .containsExactly("q1", "q2");
  }

  @Test
  void neverMoreThanThePoolHolds() {
    assertThat(QuestionPicker.pick(pool, Practice.none(), 50, new Random(1))).hasSize(8);
  }
}
