package dev.stagecraft.grading.checks;

import java.util.List;

/** Lists shortened for a verdict line: the first few items and how many more there are. */
final class Shown {
  private Shown() {}

  static final int FIRST = 5;

  static String first(List<String> items) {
    return first(items, FIRST);
  }

  static String first(List<String> items, int limit) {
    if (items.isEmpty()) {
      return "none";
    }
    if (items.size() <= limit) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, limit)) + " and " + (items.size() - limit) + " more";
  }

  static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /**
   * A pattern as a learner reads it: plain text in quotes ("hello from a jar"), a real regular
   * expression between slashes as written.
   */
  static String pattern(String regex) {
    String plain = regex.replaceAll("\\\\([^A-Za-z0-9])", "$1");
    boolean literal =
        !regex.replaceAll("\\\\[^A-Za-z0-9]", "").matches(".*[\\\\^$.|?*+()\\[\\]{}].*");
    return literal ? "\u201c" + plain + "\u201d" : "/" + regex + "/";
  }
}
