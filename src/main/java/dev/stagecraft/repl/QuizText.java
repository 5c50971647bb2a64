package dev.stagecraft.repl;

import dev.stagecraft.course.Question;
import dev.stagecraft.practice.Answer;
import dev.stagecraft.practice.QuizResult;
import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.TextWrap;
import java.util.ArrayList;
import java.util.List;

/**
 * How a quiz reads on the terminal: a question with its choices, the verdict on an answer, the
 * score and the review. Question text is the course's or a pack's, so it is made safe first.
 */
final class QuizText {

  private QuizText() {}

  /** "Question 2/5 · topic 4", the prompt, and the choices as a), b), c). */
  static String question(Question question, int position, int count, int width) {
    List<String> lines = new ArrayList<>();
    lines.add("Question " + position + "/" + count + " · topic " + question.topic());
    lines.addAll(TextWrap.wrap(safe(question.prompt()), width));
    for (int i = 0; i < question.choices().size(); i++) {
      lines.add(TextWrap.hanging("  " + letter(i) + ") ", safe(question.choices().get(i)), width));
    }
    if (question.kind() == Question.Kind.MULTIPLE_CHOICE) {
      lines.add("Answer with a letter.");
    } else {
      lines.add("Answer in a few words.");
    }
    return String.join("\n", lines);
  }

  /** "Right." or "Wrong: the answer is c) ...", then the explanation. */
  static String verdict(Answer answer, int width) {
    String head = answer.right() ? "Right." : "Wrong: " + expected(answer.question()) + ".";
    return String.join(
        "\n", TextWrap.wrap(head + " " + safe(answer.question().explanation()), width));
  }

  /** The score, then every missed question with what was typed and what was expected. */
  static String summary(QuizResult result, int width) {
    List<String> lines = new ArrayList<>();
    String stopped =
        result.answered() < result.asked()
            ? " (stopped after " + result.answered() + " of " + result.asked() + ")"
            : "";
    lines.add(
        "Score: "
            + result.right()
            + "/"
            + result.answered()
            + " ("
            + result.percent()
            + "%)"
            + stopped
            + ".");
    List<Answer> missed = result.missed();
    if (result.answered() == 0) {
      return lines.get(0);
    }
    if (missed.isEmpty()) {
      lines.add("Nothing to review: every answer was right.");
      return String.join("\n", lines);
    }
    lines.add("");
    lines.add("Review: " + missed.size() + " missed; they come back first in your next quiz.");
    int n = 1;
    for (Answer answer : missed) {
      String label = n++ + ". ";
      String indent = " ".repeat(label.length());
      lines.add(TextWrap.hanging(label, safe(answer.question().prompt()), width));
      String given = answer.given().isEmpty() ? "(nothing)" : safe(answer.given());
      lines.add(TextWrap.hanging(indent + "You: ", given, width));
      lines.add(TextWrap.hanging(indent + "Answer: ", expectedShort(answer.question()), width));
      lines.add(TextWrap.hanging(indent, safe(answer.question().explanation()), width));
    }
    return String.join("\n", lines);
  }

  private static String expected(Question question) {
    return question.kind() == Question.Kind.MULTIPLE_CHOICE
        ? "the answer is " + expectedShort(question)
        : "an answer mentions " + expectedShort(question);
  }

  private static String expectedShort(Question question) {
    if (question.kind() == Question.Kind.MULTIPLE_CHOICE) {
      int index = question.answerIndex().orElse(0);
      return letter(index) + ") " + safe(question.choices().get(index));
    }
    String words = safe(String.join(", ", question.keywords()));
    return question.minKeywords() <= 1
        ? "one of: " + words
        : question.minKeywords() + " of: " + words;
  }

  static char letter(int index) {
    return (char) ('a' + index);
  }

  private static String safe(String text) {
    return ForeignText.forTerminal(text).replace('\n', ' ');
  }
}
