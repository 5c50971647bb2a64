package dev.stagecraft.engine;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads the engine's timestamps, which come as RFC 3339 text or as Unix seconds. */
final class EngineTime {

  private EngineTime() {}

  static Instant parse(String text) {
    if (text == null || text.isBlank()) {
      return Instant.EPOCH;
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }

  static Instant ofSeconds(long seconds) {
    return Instant.ofEpochSecond(seconds);
  }
}
