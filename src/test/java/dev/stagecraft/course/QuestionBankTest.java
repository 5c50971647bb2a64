package dev.stagecraft.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped question bank loads and is usable by a quiz; a bad bank is named precisely. */
class QuestionBankTest {

  /** The course has sixteen topics; the bank covers each of them. */
  private static final int TOPICS = 16;

  private static QuestionBank bank;

  @BeforeAll
  static void load() throws CourseException {
    bank = QuestionBank.load(Course.defaultHome());
  }

  @Test
  void theShippedBankHasEnoughQuestionsForEveryTopic() {
    assertThat(bank.questions()).hasSizeGreaterThanOrEqualTo(30);
    Set<Integer> topics =
        bank.questions().stream().map(Question::topic).collect(Collectors.toSet());
    assertThat(topics)
        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, TOPICS).boxed().toList());
    assertThat(bank.questions())
        .extracting(Question::kind)
        .contains(Question.Kind.MULTIPLE_CHOICE, Question.Kind.SHORT_ANSWER);
  }

  @Test
  void everyQuestionIsWellFormed() {
    for (Question q : bank.questions()) {
      String where = q.source() + ":" + q.line() + " (" + q.id() + ")";
      assertThat(q.prompt()).as(where).isNotBlank();
      assertThat(q.explanation()).as(where).isNotBlank();
      if (q.kind() == Question.Kind.MULTIPLE_CHOICE) {
        assertThat(q.choices()).as(where).hasSizeBetween(2, 6).doesNotHaveDuplicates();
        assertThat(q.answerIndex()).as(where).isPresent();
        assertThat(q.answerIndex().getAsInt()).as(where).isBetween(0, q.choices().size() - 1);
        assertThat(q.keywords()).as(where).isEmpty();
      } else {
        assertThat(q.keywords()).as(where).isNotEmpty().doesNotHaveDuplicates();
        assertThat(q.minKeywords()).as(where).isBetween(1, q.keywords().size());
        assertThat(q.choices()).as(where).isEmpty();
        assertThat(q.answerIndex()).as(where).isEmpty();
        // The model answer is an accepted answer: the keywords fit the question.
        assertThat(q.accepts(q.explanation())).as(where + " accepts its own explanation").isTrue();
      }
    }
  }

  /** Multiple-choice answers are spread over the letters, so "always b" does not win a quiz. */
  @Test
  void theRightChoiceIsNotAlwaysTheSameLetter() {
    Set<Integer> letters =
        bank.questions().stream()
            .filter(q -> q.kind() == Question.Kind.MULTIPLE_CHOICE)
            .map(q -> q.answerIndex().getAsInt())
            .collect(Collectors.toSet());
    assertThat(letters).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void everyTopicWithALessonFindsItsQuestions() throws CourseException {
    Course course = Course.load(Course.defaultHome());
    for (Lesson lesson : course.lessons()) {
      assertThat(bank.forTopic(lesson.number()))
          .as(lesson.id())
          .isNotEmpty()
          .allSatisfy(q -> assertThat(q.belongsTo(lesson)).isTrue());
    }
  }

  @Test
  void aShortAnswerNeedsEnoughDifferentKeywords() throws CourseException {
    Question q = bank.question("python-carry-packages").orElseThrow();
    assertThat(q.minKeywords()).isEqualTo(2);
    assertThat(q.accepts("Copy a VENV across, or build WHEELS and install them")).isTrue();
    assertThat(q.accepts("a venv")).isFalse();
    assertThat(bank.question("which-stage-ships").orElseThrow().isRightChoice(2)).isTrue();
  }

  @Test
  void aMissingBankIsNamed(@TempDir Path home) {
    assertThatThrownBy(() -> QuestionBank.load(home))
        .isInstanceOf(CourseException.class)
        .hasMessageStartingWith("lessons/questions.yaml: is missing");
  }

  @Test
  void aBankOnDiskLoadsFromTheCourseHome(@TempDir Path home) throws Exception {
    Files.createDirectories(home.resolve("lessons"));
    Files.writeString(home.resolve(QuestionBank.FILE), multipleChoice("answer: a"));
    assertThat(QuestionBank.load(home).questions()).extracting(Question::id).containsExactly("q");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          answer out of range       | answer: c                | 8 | key 'answer' of question 'q' must be a letter from a to b
          answer as a number        | answer: 1                | 8 | key 'answer' of question 'q' must be a letter from a to b
          misspelt key              | anwser: a                | 8 | unknown key 'anwser' in question 'q'. Known keys: id, topic
          keywords on a choice      | answer: a\\n    keywords: [x] | 9 | key 'keywords' of question 'q' does not belong to a multiple-choice question
          """)
  void aBadMultipleChoiceQuestionIsNamedByFileLineAndKey(
      String name, String last, int line, String message) {
    String yaml = multipleChoice(last.replace("\\n", "\n"));
    assertThatThrownBy(() -> QuestionBank.parse(yaml, "bank.yaml"))
        .isInstanceOf(CourseException.class)
        .hasMessageStartingWith("bank.yaml:" + line + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void aShortAnswerWithoutKeywordsIsRefused() {
    String yaml =
        String.join(
            "\n",
            "questions:",
            "  - id: s",
            "    topic: 2",
            "    kind: short-answer",
            "    prompt: Why?",
            "    explanation: Because.",
            "");
    assertThatThrownBy(() -> QuestionBank.parse(yaml, "bank.yaml"))
        .hasMessageStartingWith("bank.yaml:2: ")
        .hasMessageContaining("key 'keywords' of question 's' must list the words");
  }

  @Test
  void minKeywordsCannotExceedTheKeywords() {
    String yaml =
        String.join(
            "\n",
            "questions:",
            "  - id: s",
            "    topic: 2",
            "    kind: short-answer",
            "    prompt: Why?",
            "    keywords: [a, b]",
            "    minKeywords: 3",
            "    explanation: Because.",
            "");
    assertThatThrownBy(() -> QuestionBank.parse(yaml, "bank.yaml"))
        .hasMessageStartingWith("bank.yaml:7: key 'minKeywords' of question 's' must be a number")
        .hasMessageContaining("from 1 to 2");
  }

  @Test
  void duplicateIdsUnknownKindsAndBadTopicsAreNamed() {
    String twice =
        multipleChoice("answer: a") + multipleChoice("answer: b").replace("questions:\n", "");
    assertThatThrownBy(() -> QuestionBank.parse(twice, "bank.yaml"))
        .hasMessageStartingWith(
            "bank.yaml:9: key 'id': 'q' is already the id of the question at line 2");
    assertThatThrownBy(
            () ->
                QuestionBank.parse(
                    multipleChoice("answer: a").replace("multiple-choice", "essay"), "bank.yaml"))
        .hasMessageStartingWith(
            "bank.yaml:4: key 'kind' of question 'q' must be multiple-choice or short-answer");
    assertThatThrownBy(
            () ->
                QuestionBank.parse(
                    multipleChoice("answer: a").replace("topic: 2", "topic: two"), "bank.yaml"))
        .hasMessageStartingWith(
            "bank.yaml:3: key 'topic' of question 'q' must be the number of a lesson");
    assertThatThrownBy(
            () ->
                QuestionBank.parse(
                    multipleChoice("answer: a").replace("[the first, the last]", "[yes, no]"),
                    "bank.yaml"))
        .hasMessageStartingWith("bank.yaml:6: an item of 'choices' in question 'q' reads as")
        .hasMessageContaining("in quotes");
    assertThatThrownBy(() -> QuestionBank.parse("questions: []\n", "bank.yaml"))
        .hasMessageContaining("'questions' is empty");
    assertThatThrownBy(() -> QuestionBank.parse("quesitons: []\n", "bank.yaml"))
        .hasMessageStartingWith("bank.yaml:1: unknown key 'quesitons'");
  }

  private static String multipleChoice(String last) {
    return String.join(
        "\n",
        List.of(
            "questions:",
            "  - id: q",
            "    topic: 2",
            "    kind: multiple-choice",
            "    prompt: Which stage ships?",
            "    choices: [the first, the last]",
            "    explanation: The last one.",
            "    " + last,
            ""));
  }
}
