package dev.stagecraft.repl;

import dev.stagecraft.course.CourseException;
import dev.stagecraft.course.Question;
import dev.stagecraft.practice.Answer;
import dev.stagecraft.practice.AnswerCheck;
import dev.stagecraft.practice.Quiz;
import dev.stagecraft.practice.QuizStart;
import dev.stagecraft.practice.Quizzes;
import dev.stagecraft.terminal.ForeignText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * {@code quiz [N] [--topic T]}: asks questions of the question bank, missed ones first (spaced
 * repetition), says right or wrong with the explanation after each, and ends with the score and a
 * review of what was missed. Answers are read with the session's line reader, so a script can pipe
 * them in.
 */
final class QuizCommand implements ReplCommand {

  private static final String USAGE = "quiz [N] [--topic T]";

  /** Lines that end a quiz early rather than answer; no question of the bank expects them. */
  private static final Set<String> STOP = Set.of("quit", "exit", "stop");

  private final Random random;

  QuizCommand(Random random) {
    this.random = random;
  }

  @Override
  public String name() {
    return "quiz";
  }

  @Override
  public String usage() {
    return USAGE;
  }

  @Override
  public String summary() {
    return "interview questions (default "
        + Quizzes.DEFAULT_COUNT
        + "); the ones you miss come back more often";
  }

  @Override
  public void run(List<String> args, ReplSession session) {
    Optional<Options> options = Options.parse(args);
    if (options.isEmpty()) {
      session.say(
          "Type `"
              + USAGE
              + "`: N questions (default "
              + Quizzes.DEFAULT_COUNT
              + "), of one lesson's topic if you like, e.g. `quiz 5 --topic 3`.");
      return;
    }
    Quizzes quizzes = new Quizzes(session.bench().course(), session.bench().progress());
    QuizStart start;
    try {
      start = quizzes.start(options.get().count(), options.get().topic(), random);
    } catch (CourseException e) {
      session.say(ForeignText.forTerminal(e.getMessage()));
      return;
    }
    if (start instanceof QuizStart.Refused refused) {
      session.say(refused.reason());
      return;
    }
    Quiz quiz = ((QuizStart.Ready) start).quiz();
    int count = quiz.questions().size();
    session.say(
        "Quiz: "
            + count
            + (count == 1 ? " question" : " questions")
            + ", the ones you missed before first. Type `quit` (or press Ctrl-D) to stop"
            + " early.");
    while (quiz.next().isPresent()) {
      session.println("");
      session.println(
          QuizText.question(quiz.next().get(), quiz.position(), count, session.width()));
      Optional<String> typed = answer(session, quiz.next().get());
      if (typed.isEmpty()) {
        break;
      }
      Answer answer = quiz.answer(typed.get());
      session.println(QuizText.verdict(answer, session.width()));
    }
    session.println("");
    session.println(QuizText.summary(quiz.result(), session.width()));
    quizzes.record(quiz.result()).forEach(session::say);
  }

  /**
   * Reads an answer; a blank line, or a multiple-choice answer that picks no choice, is asked again
   * rather than counted wrong. Empty when the learner stops the quiz.
   */
  private static Optional<String> answer(ReplSession session, Question question) {
    while (true) {
      Optional<String> typed = session.ask("answer> ");
      if (typed.isEmpty() || STOP.contains(typed.get().strip().toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
      String text = typed.get().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (question.kind() == Question.Kind.MULTIPLE_CHOICE
          && AnswerCheck.choiceIndex(question, text).isEmpty()) {
        session.say(
            "Pick one with its letter, a to "
                + QuizText.letter(question.choices().size() - 1)
                + " (or `quit` to stop).");
        continue;
      }
      return typed;
    }
  }

  /** The parsed arguments. */
  record Options(int count, Optional<Integer> topic) {

    static Optional<Options> parse(List<String> args) {
      int count = Quizzes.DEFAULT_COUNT;
      Optional<Integer> topic = Optional.empty();
      boolean countSeen = false;
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        String value;
        if (arg.equals("--topic") || arg.equals("-t")) {
          if (i + 1 >= args.size()) {
            return Optional.empty();
          }
          value = args.get(++i);
        } else if (arg.startsWith("--topic=")) {
          value = arg.substring("--topic=".length());
        } else if (!countSeen && arg.matches("\\d{1,3}")) {
          count = Integer.parseInt(arg);
          countSeen = true;
          continue;
        } else {
          return Optional.empty();
        }
        if (topic.isPresent() || !value.matches("\\d{1,3}")) {
          return Optional.empty();
        }
        topic = Optional.of(Integer.parseInt(value));
      }
      return Optional.of(new Options(count, topic));
    }
  }
}
