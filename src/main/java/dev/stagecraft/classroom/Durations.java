package dev.stagecraft.classroom;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as instructors write them on the command line: 90s, 10m, 1h, 1m30s. */
public final class Durations {

  private static final Pattern PART = Pattern.compile("(\\d+)(ms|h|m|s)");

  private Durations() {}

  /**
   * Reads {@code 10m}, {@code 90s}, {@code 1h30m}, {@code 500ms}, or a bare number of seconds.
   *
   * @throws IllegalArgumentException naming the accepted forms
   */
  public static Duration parse(String text) {
    String given = text.strip().toLowerCase(Locale.ROOT);
    if (given.matches("\\d+")) {
      return Duration.ofSeconds(Long.parseLong(given));
    }
    Matcher parts = PART.matcher(given);
    Duration total = Duration.ZERO;
    int end = 0;
    while (parts.find() && parts.start() == end) {
      long amount = Long.parseLong(parts.group(1));
      total =
          total.plus(
              switch (parts.group(2)) {
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "s" -> Duration.ofSeconds(amount);
                default -> Duration.ofMillis(amount);
              });
      end = parts.end();
    }
    if (given.isEmpty() || end != given.length()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration: write it like 90s, 10m, 1h or 1m30s");
    }
    return total;
  }

  /** The duration the way {@link #parse} reads it: 10m, 1m30s, 45s. */
  public static String format(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds == 0) {
      return duration.toMillis() + "ms";
    }
    StringBuilder out = new StringBuilder();
    if (seconds >= 3600) {
      out.append(seconds / 3600).append('h');
    }
    if (seconds % 3600 >= 60) {
      out.append(seconds % 3600 / 60).append('m');
    }
    if (seconds % 60 > 0) {
      out.append(seconds % 60).append('s');
    }
    return out.toString();
  }
}
