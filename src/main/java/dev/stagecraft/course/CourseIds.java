package dev.stagecraft.course;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Course ids are folder or file names of the form {@code NN-slug}; learners may type less. */
final class CourseIds {

  /** {@code 03-go-to-scratch}: a number, a dash, a lower-case slug. */
  static final Pattern ID = Pattern.compile("(\\d{1,3})-([a-z0-9]+(?:-[a-z0-9]+)*)");

  private CourseIds() {}

  /** The number of a well-formed id, or empty when the name is not of the form NN-slug. */
  static Optional<Integer> number(String name) {
    Matcher matcher = ID.matcher(name);
    return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
  }

  /**
   * Finds the item a learner meant: the whole id ({@code 01-why-multi-stage}), its number ({@code
   * 1}, {@code 01}) or its slug ({@code why-multi-stage}), ignoring case and surrounding blanks.
   */
  static <T> Optional<T> resolve(
      String query, List<T> items, Function<T, String> id, ToIntFunction<T> number) {
    String wanted = query.strip().toLowerCase(Locale.ROOT);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    if (wanted.chars().allMatch(Character::isDigit) && wanted.length() <= 3) {
      int n = Integer.parseInt(wanted);
      return items.stream().filter(item -> number.applyAsInt(item) == n).findFirst();
    }
    Optional<T> exact = items.stream().filter(item -> id.apply(item).equals(wanted)).findFirst();
    if (exact.isPresent()) {
      return exact;
    }
    return items.stream().filter(item -> slug(id.apply(item)).equals(wanted)).findFirst();
  }

  private static String slug(String id) {
    Matcher matcher = ID.matcher(id);
    return matcher.matches() ? matcher.group(2) : id;
  }
}
