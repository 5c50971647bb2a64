package dev.stagecraft.grading.checks;

import java.util.List;

/** Lists shortened for a verdict line: the first few items and how many more there are. */
final class Shown {
  private Shown() {}

  static final int FIRST = 5;

  static String first(List<String> items) {
    if (items.isEmpty()) {
      return "none";
    }
    if (items.size() <= FIRST) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, FIRST)) + " and " + (items.size() - FIRST) + " more";
  }

  static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
