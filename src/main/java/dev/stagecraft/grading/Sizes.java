package dev.stagecraft.grading;

import java.util.Locale;

/** Byte counts as people read them: decimal megabytes, like `docker images` shows. */
public final class Sizes {
  private Sizes() {}

  public static String megabytes(long bytes) {
    double mb = bytes / 1_000_000.0;
    if (mb >= 100) {
      return String.format(Locale.ROOT, "%.0f MB", mb);
    }
    return String.format(Locale.ROOT, "%.1f MB", mb);
  }

  public static long fromMegabytes(double mb) {
    return Math.round(mb * 1_000_000.0);
  }
}
