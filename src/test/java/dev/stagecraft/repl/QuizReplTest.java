package dev.stagecraft.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.course.Practice;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.course.Question;
import dev.stagecraft.course.QuestionBank;
import dev.stagecraft.practice.QuestionPicker;
import dev.stagecraft.terminal.TextWrap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quiz on a dumb terminal: scripted answers, score, review, order and what is remembered. */
class QuizReplTest {

  private static final Path HOME =
      Path.of(System.getProperty("stagecraft.home", ".")).toAbsolutePath().normalize();

  @TempDir Path state;

  private ProgressStore progress() {
    return new ProgressStore(state.resolve("progress.json"));
  }

  private String session(String script, int columns, long seed) throws Exception {
    return session(HOME, script, columns, seed);
  }

  private String session(Path home, String script, int columns, long seed) throws Exception {
    return PracticeTerminalSession.run(
        home,
        progress(),
        PracticeTerminalSession.NO_ENGINE,
        script,
        columns,
        new Random(seed),
        Clock.systemUTC());
  }

  /** The questions a quiz with this seed asks, as the REPL will pick them. */
  private static List<Question> expected(int topic, int count, Practice practice, long seed)
      throws Exception {
    QuestionBank bank = QuestionBank.load(HOME);
    return QuestionPicker.pick(bank.forTopic(topic), practice, count, new Random(seed));
  }

  private static String rightAnswer(Question q) {
    return q.kind() == Question.Kind.MULTIPLE_CHOICE
        ? String.valueOf((char) ('a' + q.answerIndex().getAsInt()))
        : String.join(" and ", q.keywords().subList(0, q.minKeywords()));
  }

  private static String wrongAnswer(Question q) {
    return q.kind() == Question.Kind.MULTIPLE_CHOICE
        ? String.valueOf((char) ('a' + (q.answerIndex().getAsInt() + 1) % q.choices().size()))
        : "no idea";
  }

  /** The screen as running text, so wrapped sentences can be searched. */
  private static String flat(String screen) {
    return screen.replaceAll("\\s+", " ");
  }

  @Test
  void aScriptedQuizSaysRightOrWrongThenScoresAndReviewsTheMissedOne() throws Exception {
    List<Question> asked = expected(2, 3, Practice.none(), 42);
    String script =
        "quiz 3 --topic 2\n"
            + rightAnswer(asked.get(0))
            + "\n"
            + wrongAnswer(asked.get(1))
            + "\n"
            + rightAnswer(asked.get(2))
            + "\nquit\n";
    String screen = session(script, 80, 42);

    assertThat(screen).contains("Question 1/3 · topic 2").contains("Question 3/3");
    assertThat(screen).contains("Right.").contains("Wrong:");
    assertThat(screen).contains("Score: 2/3 (67%).");
    String review = flat(screen.substring(screen.indexOf("Score:")));
    assertThat(review).contains("Review: 1 missed");
    assertThat(review).contains(flat(asked.get(1).prompt())).contains("You: ");
    assertThat(review).doesNotContain(flat(asked.get(0).prompt()));

    Practice practice = progress().load().progress().practice();
    assertThat(practice.quizzesTaken()).isEqualTo(1);
    assertThat(practice.question(asked.get(0).id()).box()).isEqualTo(2);
    assertThat(practice.question(asked.get(1).id()).lastMissed()).isTrue();
  }

  @Test
  void theMissedQuestionComesBackFirstInTheNextQuiz() throws Exception {
    List<Question> first = expected(2, 3, Practice.none(), 42);
    session(
        "quiz 3 --topic 2\n"
            + rightAnswer(first.get(0))
            + "\n"
            + rightAnswer(first.get(1))
            + "\n"
            + wrongAnswer(first.get(2))
            + "\nquit\n",
        80,
        42);
    // Whatever the seed, the one missed question is asked first.
    for (long seed : new long[] {1, 2, 3}) {
      String screen = session("quiz 1 --topic 2\nq\nquit\n", 80, seed);
      String asked = flat(screen.substring(screen.indexOf("Question 1/1")));
      assertThat(asked)
          .as("seed " + seed)
          .startsWith("Question 1/1 · topic 2 " + flat(first.get(2).prompt()));
    }
  }

  @Test
  void endOfInputStopsTheQuizAndKeepsWhatWasAnswered() throws Exception {
    List<Question> asked = expected(3, 4, Practice.none(), 5);
    String screen = session("quiz 4 --topic 3\n" + wrongAnswer(asked.get(0)) + "\n", 80, 5);
    assertThat(screen).contains("Score: 0/1 (0%) (stopped after 1 of " + asked.size() + ").");
    Practice practice = progress().load().progress().practice();
    assertThat(practice.questions()).containsOnlyKeys(asked.get(0).id());
  }

  @Test
  void badArgumentsAndUnknownTopicsSayWhatToType() throws Exception {
    String screen = flat(session("quiz --topic 99\nquiz five\nquiz 0\nquit\n", 80, 1));
    assertThat(screen).contains("No question has topic 99").contains("Topics are lesson numbers");
    assertThat(screen).contains("Type `quiz [N] [--topic T]`");
    assertThat(screen).contains("at least one question");
    assertThat(progress().load().progress().practice()).isEqualTo(Practice.none());
  }

  @Test
  void helpListsQuizAndDrill() throws Exception {
    String screen = session("help\nquit\n", 80, 1);
    assertThat(screen).contains("quiz [N] [--topic T]").contains("drill [ID]");
  }

  @Test
  void aWholeQuizFitsEightyAndSixtyColumns() throws Exception {
    for (int columns : new int[] {80, 60}) {
      String screen = session("help\nquiz 12\n" + "a\n".repeat(12) + "quit\n", columns, 9);
      assertThat(screen).contains("Review:");
      // The welcome and goodbye are the REPL's; what help and the quiz print must fit.
      String ours = screen.substring(screen.indexOf("> help"), screen.lastIndexOf("\nBye."));
      for (String line : ours.split("\n")) {
        assertThat(TextWrap.displayWidth(line))
            .as("%d columns: %s", columns, line)
            .isLessThanOrEqualTo(columns);
      }
    }
  }

  @Test
  void aPacksQuestionTextCannotDriveTheTerminal() throws Exception {
    Path pack = state.resolve("pack");
    write(
        pack,
        "lessons/01-only.md",
        "---\nid: 01-only\ntitle: Only\nexercises: [01-only]\n---\n# Only\n\nText.\n");
    write(
        pack,
        "exercises/01-only/exercise.yaml",
        "title: Only\nlesson: 01-only\nchecks:\n  - type: non-root-user\n");
    write(pack, "exercises/01-only/Dockerfile", "FROM alpine:3.20\n");
    write(pack, "solutions/01-only/Dockerfile", "FROM alpine:3.20\nUSER 1\n");
    write(
        pack,
        "lessons/questions.yaml",
        "questions:\n"
            + "  - id: hostile\n    topic: 1\n    kind: multiple-choice\n"
            + "    prompt: \"Which \\e]0;pwned\\a title?\"\n"
            + "    choices: [\"\\e[2Jclear\", plain]\n    answer: b\n"
            + "    explanation: \"Because \\e[31mred\"\n");
    String screen = session(pack, "quiz\na\nquit\n", 80, 1);
    assertThat(screen).contains("Question 1/1").contains("pwned").contains("Score: 0/1");
    assertThat(screen).doesNotContain("\u001b").doesNotContain("\u0007");
  }

  private static void write(Path root, String relative, String text) throws Exception {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void quitEndsTheQuizWithoutCountingItAsAnAnswer() throws Exception {
    List<Question> asked = expected(2, 3, Practice.none(), 11);
    String screen =
        session("quiz 3 --topic 2\n" + rightAnswer(asked.get(0)) + "\nquit\nquit\n", 80, 11);
    assertThat(screen).contains("Score: 1/1 (100%) (stopped after 1 of 3).");
    assertThat(screen).contains("Nothing to review");
    assertThat(progress().load().progress().practice().questions())
        .containsOnlyKeys(asked.get(0).id());
  }

  @Test
  void aBlankLineOrALetterPastTheChoicesIsAskedAgainNotCountedWrong() throws Exception {
    long seed = 0;
    while (expected(2, 1, Practice.none(), seed).get(0).kind() != Question.Kind.MULTIPLE_CHOICE) {
      seed++;
    }
    Question q = expected(2, 1, Practice.none(), seed).get(0);
    String screen =
        session("quiz 1 --topic 2\n\nz\nthe wrong words\n" + rightAnswer(q) + "\nquit\n", 80, seed);
    assertThat(screen).contains("Score: 1/1 (100%).");
    assertThat(screen.split("Pick one with its letter, a to ", -1)).hasSize(3);
  }
}
