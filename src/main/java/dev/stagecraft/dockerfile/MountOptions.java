package dev.stagecraft.dockerfile;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The options of one {@code RUN --mount=type=cache,target=/root/.cache,from=x} flag. */
public final class MountOptions {
  private final Map<String, String> options;

  private MountOptions(Map<String, String> options) {
    this.options = options;
  }

  /** Parses the comma-separated {@code key=value} list; a bare key gets an empty value. */
  public static MountOptions of(String value) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String part : value.split(",", -1)) {
      String trimmed = part.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      int equals = trimmed.indexOf('=');
      String key = equals < 0 ? trimmed : trimmed.substring(0, equals);
      String v = equals < 0 ? "" : trimmed.substring(equals + 1);
      options.putIfAbsent(key.toLowerCase(Locale.ROOT), unquote(v));
    }
    return new MountOptions(options);
  }

  /** The value of an option, such as {@code type} or {@code target}. */
  public Optional<String> get(String key) {
    return Optional.ofNullable(options.get(key.toLowerCase(Locale.ROOT)));
  }

  /** The mount type; {@code bind} when not given, as in Docker. */
  public String type() {
    return get("type").orElse("bind");
  }

  /** The path the mount appears at ({@code target}, {@code dst} or {@code destination}). */
  public Optional<String> target() {
    return get("target").or(() -> get("dst")).or(() -> get("destination"));
  }

  private static String unquote(String v) {
    if (v.length() >= 2
        && (v.charAt(0) == '"' || v.charAt(0) == '\'')
        && v.charAt(v.length() - 1) == v.charAt(0)) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
