package dev.stagecraft.practice;

import dev.stagecraft.course.Question;
import java.text.Normalizer;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Grades a typed answer: a multiple choice by its letter ({@code b}, {@code B}, {@code b)}, {@code
 * (b)}) or by the choice's own words; a short answer by the bank's keywords, ignoring case and
 * punctuation, so {@code "copy --from=build"} mentions the keyword {@code COPY --from}.
 */
public final class AnswerCheck {

  private AnswerCheck() {}

  /** Whether {@code answer} is right for {@code question}. */
  public static boolean isRight(Question question, String answer) {
    return switch (question.kind()) {
      case MULTIPLE_CHOICE -> {
        OptionalInt index = choiceIndex(question, answer);
        yield index.isPresent() && question.isRightChoice(index.getAsInt());
      }
      case SHORT_ANSWER -> accepts(question, answer);
    };
  }

  /**
   * The choice an answer picks, counted from 0: one letter, alone or in brackets or followed by a
   * dot, or the whole text of a choice; empty when it picks none.
   */
  public static OptionalInt choiceIndex(Question question, String answer) {
    String text = answer.strip().toLowerCase(Locale.ROOT);
    String letter = text.replaceAll("^\\(?([a-z])[).:]?$", "$1");
    if (letter.length() == 1) {
      int index = letter.charAt(0) - 'a';
      return index >= 0 && index < question.choices().size()
          ? OptionalInt.of(index)
          : OptionalInt.empty();
    }
    String words = plain(text);
    for (int i = 0; i < question.choices().size(); i++) {
      if (!words.isEmpty() && plain(question.choices().get(i)).equals(words)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Whether a short answer mentions at least {@code minKeywords} different keywords, each found as
   * written or with punctuation and case set aside.
   */
  public static boolean accepts(Question question, String answer) {
    if (question.kind() != Question.Kind.SHORT_ANSWER) {
      return false;
    }
    if (question.accepts(answer)) {
      return true;
    }
    String words = " " + plain(answer) + " ";
    long mentioned =
        question.keywords().stream()
            .map(AnswerCheck::plain)
            .filter(k -> !k.isEmpty() && words.contains(k))
            .distinct()
            .count();
    return mentioned >= question.minKeywords();
  }

  /** Lower case, accents and punctuation gone, words joined by single spaces. */
  static String plain(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
