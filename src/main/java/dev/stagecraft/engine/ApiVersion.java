package dev.stagecraft.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An Engine API version such as 1.41, and the one rule for choosing which to speak. */
record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {

  /** The newest API this adapter has been tried against; newer engines are asked to speak it. */
  static final ApiVersion NEWEST_KNOWN = new ApiVersion(1, 44);

  private static final Pattern FORM = Pattern.compile("\\s*v?(\\d+)\\.(\\d+)\\s*");

  static ApiVersion parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not an API version: '" + text + "'");
    }
    return new ApiVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * The version to speak with an engine: its newest, capped at {@link #NEWEST_KNOWN}, but never
   * below the oldest it accepts (an engine whose minimum is above our cap is spoken to at its
   * minimum).
   */
  static ApiVersion negotiate(ApiVersion serverMax, ApiVersion serverMin) {
    ApiVersion chosen = serverMax.compareTo(NEWEST_KNOWN) < 0 ? serverMax : NEWEST_KNOWN;
    return chosen.compareTo(serverMin) < 0 ? serverMin : chosen;
  }

  @Override
  public int compareTo(ApiVersion other) {
    return major != other.major
        ? Integer.compare(major, other.major)
        : Integer.compare(minor, other.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
