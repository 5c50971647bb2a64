package dev.stagecraft.course;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * One question of the question bank ({@code lessons/questions.yaml}, described in
 * docs/question-bank.md): a multiple-choice question with one right choice, or a short answer
 * accepted when it mentions enough of its keywords.
 *
 * @param id unique in the bank, lower-case words joined by dashes
 * @param topic the course topic it belongs to, which is also the number of that topic's lesson
 * @param kind multiple choice or short answer
 * @param prompt the question as the learner reads it
 * @param choices the choices of a multiple-choice question, in order; empty for a short answer
 * @param answerIndex the right choice, counted from 0; empty for a short answer
 * @param keywords words or phrases an accepted short answer mentions; empty for multiple choice
 * @param minKeywords how many different keywords an accepted short answer mentions (0 for multiple
 *     choice)
 * @param explanation why the answer is right, shown after the learner answers
 * @param source the bank file, relative to the course home
 * @param line the line the question starts on
 */
public record Question(
    String id,
    int topic,
    Kind kind,
    String prompt,
    List<String> choices,
    OptionalInt answerIndex,
    List<String> keywords,
    int minKeywords,
    String explanation,
    String source,
    int line) {

  /** The two kinds of question a quiz can ask. */
  public enum Kind {
    /** Pick one of several choices; exactly one is right. */
    MULTIPLE_CHOICE,
    /** Type a few words; accepted when they mention enough of the keywords. */
    SHORT_ANSWER
  }

  public Question {
    choices = List.copyOf(choices);
    keywords = List.copyOf(keywords);
  }

  /** The lesson this question belongs to, if the course has it. */
  public boolean belongsTo(Lesson lesson) {
    return lesson.number() == topic;
  }

  /**
   * Whether a learner's short answer is accepted: it mentions at least {@link #minKeywords()}
   * different keywords, ignoring case. Always false for a multiple-choice question.
   */
  public boolean accepts(String answer) {
    if (kind != Kind.SHORT_ANSWER) {
      return false;
    }
    String text = answer.toLowerCase(Locale.ROOT);
    long mentioned =
        keywords.stream().filter(k -> text.contains(k.toLowerCase(Locale.ROOT))).count();
    return mentioned >= minKeywords;
  }

  /** Whether {@code index} (counted from 0) is the right choice of a multiple-choice question. */
  public boolean isRightChoice(int index) {
    return answerIndex.isPresent() && answerIndex.getAsInt() == index;
  }
}
