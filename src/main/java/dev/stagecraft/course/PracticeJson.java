package dev.stagecraft.course;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The {@code practice} object of the progress file: quiz recall per question and best drill
 * results. A file without it (written before quizzes existed) reads as {@link Practice#none()}.
 */
final class PracticeJson {

  static final String KEY = "practice";

  private PracticeJson() {}

  /** Adds the practice to {@code root}, unless there is none (old readers see the same file). */
  static void write(Practice practice, ObjectNode root) {
    if (practice.isEmpty()) {
      return;
    }
    ObjectNode node = root.putObject(KEY);
    node.put("quizzesTaken", practice.quizzesTaken());
    ObjectNode questions = node.putObject("questions");
    practice
        .questions()
        .forEach(
            (id, recall) -> {
              ObjectNode q = questions.putObject(id);
              q.put("box", recall.box());
              q.put("lastQuiz", recall.lastQuiz());
              q.put("asked", recall.asked());
              q.put("missed", recall.missed());
            });
    ObjectNode drills = node.putObject("drills");
    practice
        .drills()
        .forEach(
            (id, best) -> {
              ObjectNode d = drills.putObject(id);
              d.put("attempts", best.attempts());
              d.put("bestScore", best.bestScore());
              best.fastestPassSeconds().ifPresent(s -> d.put("fastestPassSeconds", s));
            });
  }

  /** Reads the practice under {@code root}; absent is none, malformed is an error. */
  static Practice read(JsonNode root) {
    JsonNode node = root.path(KEY);
    if (node.isMissingNode()) {
      return Practice.none();
    }
    requireObject(node, "'practice'");
    Map<String, QuestionRecall> questions = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : entries(node.path("questions"), "questions")) {
      JsonNode q = requireObject(entry.getValue(), "practice of question " + entry.getKey());
      questions.put(
          entry.getKey(),
          new QuestionRecall(
              number(q, "box", 1),
              number(q, "lastQuiz", 0),
              number(q, "asked", 0),
              number(q, "missed", 0)));
    }
    Map<String, DrillBest> drills = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : entries(node.path("drills"), "drills")) {
      JsonNode d = requireObject(entry.getValue(), "practice of drill " + entry.getKey());
      JsonNode fastest = d.path("fastestPassSeconds");
      drills.put(
          entry.getKey(),
          new DrillBest(
              number(d, "attempts", 0),
              number(d, "bestScore", 0),
              fastest.canConvertToLong()
                  ? OptionalLong.of(fastest.asLong())
                  : OptionalLong.empty()));
    }
    return new Practice(number(node, "quizzesTaken", 0), questions, drills);
  }

  private static Iterable<Map.Entry<String, JsonNode>> entries(JsonNode node, String what) {
    if (node.isMissingNode()) {
      return Map.<String, JsonNode>of().entrySet();
    }
    requireObject(node, "'practice." + what + "'");
    return node.properties();
  }

  private static JsonNode requireObject(JsonNode node, String what) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(what + " is not an object");
    }
    return node;
  }

  private static int number(JsonNode node, String key, int absent) {
    JsonNode value = node.path(key);
    if (value.isMissingNode()) {
      return absent;
    }
    if (!value.canConvertToInt()) {
      throw new IllegalArgumentException("'" + key + "' is not a whole number");
    }
    return value.asInt();
  }
}
