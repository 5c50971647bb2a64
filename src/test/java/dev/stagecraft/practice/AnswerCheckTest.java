package dev.stagecraft.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.course.Question;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {

  static Question choice(String id, int answer, String... choices) {
    return new Question(
        id,
        2,
        Question.Kind.MULTIPLE_CHOICE,
        "Which stage ships?",
        List.of(choices),
        OptionalInt.of(answer),
        List.of(),
        0,
        "Only the last stage becomes the image.",
        "lessons/questions.yaml",
        1);
  }

  static Question words(String id, int min, String... keywords) {
    return new Question(
        id,
        3,
        Question.Kind.SHORT_ANSWER,
        "How do you copy from a stage?",
        List.of(),
        OptionalInt.empty(),
        List.of(keywords),
        min,
        "With COPY --from and the stage's name.",
        "lessons/questions.yaml",
        2);
  }

  private final Question lastStage = choice("last", 2, "The first", "The largest", "The last");

  @Test
  void aLetterPicksAChoiceInAnyCaseAndCommonWrapping() {
    for (String typed : List.of("c", "C", " c ", "c)", "(c)", "c.", "C:")) {
      assertThat(AnswerCheck.isRight(lastStage, typed)).as(typed).isTrue();
    }
    assertThat(AnswerCheck.isRight(lastStage, "a")).isFalse();
    assertThat(AnswerCheck.isRight(lastStage, "b)")).isFalse();
  }

  @Test
  void aLetterPastTheChoicesOrGarbagePicksNothing() {
    assertThat(AnswerCheck.choiceIndex(lastStage, "d")).isEmpty();
    assertThat(AnswerCheck.choiceIndex(lastStage, "")).isEmpty();
    assertThat(AnswerCheck.choiceIndex(lastStage, "cc")).isEmpty();
    assertThat(AnswerCheck.isRight(lastStage, "z")).isFalse();
  }

  @Test
  void theWordsOfAChoicePickItToo() {
    assertThat(AnswerCheck.choiceIndex(lastStage, "the LAST!")).hasValue(2);
    assertThat(AnswerCheck.isRight(lastStage, "The largest")).isFalse();
  }

  @Test
  void shortAnswersIgnoreCaseAndPunctuation() {
    Question copyFrom = words("copy-from", 1, "COPY --from");
    assertThat(AnswerCheck.isRight(copyFrom, "copy --from=build /out /out")).isTrue();
    assertThat(AnswerCheck.isRight(copyFrom, "Copy, from the build stage.")).isTrue();
    assertThat(AnswerCheck.isRight(copyFrom, "copyfrom")).isFalse();
    assertThat(AnswerCheck.isRight(copyFrom, "with ADD")).isFalse();
  }

  @Test
  void shortAnswersNeedEnoughDifferentKeywords() {
    Question two = words("python", 2, "prefix", "virtualenv", "wheel");
    assertThat(AnswerCheck.isRight(two, "a virtualenv")).isFalse();
    assertThat(AnswerCheck.isRight(two, "a virtualenv, or build WHEELS")).isTrue();
    assertThat(AnswerCheck.isRight(two, "virtualenv virtualenv")).isFalse();
  }

  @Test
  void aMultipleChoiceIsNeverAcceptedByKeywords() {
    assertThat(AnswerCheck.accepts(lastStage, "The last")).isFalse();
  }

  @Test
  void plainTextDropsAccentsAndPunctuation() {
    assertThat(AnswerCheck.plain("  Ça--va?  USER   node ")).isEqualTo("ca va user node");
  }
}
