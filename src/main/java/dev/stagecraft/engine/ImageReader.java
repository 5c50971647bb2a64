package dev.stagecraft.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an image's configuration and history from the engine's JSON, as stored (no defaults filled
 * in), so the exec form of ENTRYPOINT and CMD stays visible.
 */
final class ImageReader {

  private final EngineConnection connection;

  ImageReader(EngineConnection connection) {
    this.connection = connection;
  }

  boolean exists(String ref) {
    try {
      connection.json("/images/" + ref + "/json");
      return true;
    } catch (EngineConnection.NotFound | EngineException e) {
      return false;
    }
  }

  ImageDetails inspect(String ref) throws EngineException {
    JsonNode image;
    try {
      image = connection.json("/images/" + ref + "/json");
    } catch (EngineConnection.NotFound e) {
      throw new EngineException("No image " + ref + " in the Docker engine.");
    }
    return details(image);
  }

  static ImageDetails details(JsonNode image) {
    JsonNode config = image.path("Config");
    JsonNode health = config.path("Healthcheck").path("Test");
    return new ImageDetails(
        image.path("Id").asText(""),
        strings(image.path("RepoTags")),
        EngineTime.parse(image.path("Created").asText("")),
        config.path("User").asText(""),
        strings(config.path("Entrypoint")),
        strings(config.path("Cmd")),
        strings(config.path("Env")),
        new LinkedHashSet<>(keys(config.path("ExposedPorts"))),
        stringMap(config.path("Labels")),
        config.path("WorkingDir").asText(""),
        healthcheck(health),
        strings(image.path("RootFS").path("Layers")),
        image.path("Size").asLong(),
        image.path("Os").asText(""),
        image.path("Architecture").asText(""));
  }

  /** HEALTHCHECK NONE is stored as {@code ["NONE"]}: it switches a base image's check off. */
  private static Optional<List<String>> healthcheck(JsonNode test) {
    List<String> words = strings(test);
    return words.isEmpty() || words.get(0).equals("NONE") ? Optional.empty() : Optional.of(words);
  }

  List<HistoryEntry> history(String ref) throws EngineException {
    JsonNode history;
    try {
      history = connection.json("/images/" + ref + "/history");
    } catch (EngineConnection.NotFound e) {
      throw new EngineException("No image " + ref + " in the Docker engine.");
    }
    return entries(history);
  }

  /** The engine lists history newest first; we give it oldest first. */
  static List<HistoryEntry> entries(JsonNode history) {
    List<HistoryEntry> entries = new ArrayList<>();
    for (JsonNode step : history) {
      long size = step.path("Size").asLong();
      entries.add(
          new HistoryEntry(
              step.path("CreatedBy").asText(""),
              size,
              // The history API does not say whether a step made a layer; no bytes is the best
              // sign.
              size == 0,
              EngineTime.ofSeconds(step.path("Created").asLong()),
              step.path("Comment").asText("")));
    }
    Collections.reverse(entries);
    return entries;
  }

  static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(node -> values.add(node.asText()));
    } else if (array.isTextual()) {
      values.add(array.asText());
    }
    return values;
  }

  private static List<String> keys(JsonNode object) {
    List<String> keys = new ArrayList<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static Map<String, String> stringMap(JsonNode object) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      map.put(field.getKey(), field.getValue().asText());
    }
    return map;
  }

  static Set<String> labelsOf(JsonNode image) {
    return stringMap(image.path("Config").path("Labels")).keySet();
  }
}
