package dev.stagecraft.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads the {@code X-Docker-Container-Path-Stat} header of the archive endpoint: base64 of a JSON
 * object {@code {name, size, mode, mtime, linkTarget}} with Go file-mode bits.
 */
final class PathStatHeader {

  static final String NAME = "X-Docker-Container-Path-Stat";

  private static final ObjectMapper JSON = new ObjectMapper();

  private PathStatHeader() {}

  static PathStat decode(String headerValue) {
    JsonNode node;
    try {
      // Engines use standard base64; be lenient about missing padding.
      node =
          JSON.readTree(
              new String(
                  Base64.getDecoder().decode(pad(headerValue.trim())), StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("unreadable " + NAME + " header: " + headerValue, e);
    }
    long mode = node.path("mode").asLong();
    String link = node.path("linkTarget").asText("");
    return new PathStat(
        node.path("name").asText(""),
        node.path("size").asLong(),
        GoFileMode.type(mode),
        GoFileMode.unixPermissions(mode),
        parseTime(node.path("mtime").asText("")),
        link.isEmpty() ? Optional.empty() : Optional.of(link));
  }

  private static String pad(String base64) {
    int rest = base64.length() % 4;
    return rest == 0 ? base64 : base64 + "=".repeat(4 - rest);
  }

  private static Instant parseTime(String text) {
    try {
      return text.isEmpty() ? Instant.EPOCH : Instant.parse(text);
    } catch (DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }
}
