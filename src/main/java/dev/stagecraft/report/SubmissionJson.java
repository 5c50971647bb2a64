package dev.stagecraft.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One submission's result as JSON, both in the class report and in the results cache, so a result
 * read back from the cache is the one that was written. Text is kept exactly; the JSON writer
 * escapes what JSON cannot carry raw.
 */
public final class SubmissionJson {

  private SubmissionJson() {}

  public static ObjectNode toJson(SubmissionResult result) {
    ObjectNode node = JsonReport.mapper().createObjectNode();
    node.put("learner", result.learner());
    node.put("exercise", result.exercise());
    node.put("status", result.status().label());
    node.put("reason", result.reason());
    node.put("checksPassed", result.checksPassed());
    node.put("checksTotal", result.checksTotal());
    ArrayNode failed = node.putArray("failedChecks");
    for (SubmissionResult.FailedCheck check : result.failedChecks()) {
      ObjectNode f = failed.addObject();
      f.put("id", check.id());
      f.put("title", check.title());
      f.put("message", check.message());
    }
    result
        .imageBytes()
        .ifPresentOrElse(bytes -> node.put("imageBytes", bytes), () -> node.putNull("imageBytes"));
    node.put("seconds", result.seconds());
    node.put("engine", result.engine());
    node.put("cached", result.cached());
    result.grade().ifPresentOrElse(g -> node.set("grade", g), () -> node.putNull("grade"));
    return node;
  }

  /**
   * Reads a result written by {@link #toJson}.
   *
   * @throws IllegalArgumentException when a field is missing or of the wrong kind
   */
  public static SubmissionResult fromJson(JsonNode node) {
    List<SubmissionResult.FailedCheck> failed = new ArrayList<>();
    for (JsonNode f : required(node, "failedChecks")) {
      failed.add(
          new SubmissionResult.FailedCheck(text(f, "id"), text(f, "title"), text(f, "message")));
    }
    JsonNode bytes = required(node, "imageBytes");
    JsonNode grade = required(node, "grade");
    return new SubmissionResult(
        text(node, "learner"),
        text(node, "exercise"),
        SubmissionStatus.ofLabel(text(node, "status")),
        text(node, "reason"),
        required(node, "checksPassed").asInt(),
        required(node, "checksTotal").asInt(),
        failed,
        bytes.isNumber() ? OptionalLong.of(bytes.asLong()) : OptionalLong.empty(),
        required(node, "seconds").asDouble(),
        text(node, "engine"),
        required(node, "cached").asBoolean(),
        grade.isObject() ? Optional.of(grade) : Optional.empty());
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      throw new IllegalArgumentException("no field '" + field + "'");
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isTextual()) {
      throw new IllegalArgumentException("field '" + field + "' is not text");
    }
    return value.asText();
  }
}
