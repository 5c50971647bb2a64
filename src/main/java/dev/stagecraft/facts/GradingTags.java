package dev.stagecraft.facts;

import dev.stagecraft.engine.DockerEngine;
import java.util.Locale;

/** Tags for the images a grading run builds. */
final class GradingTags {

  private GradingTags() {}

  /**
   * A tag unique to one build of this session, so parallel graders never share an image; {@code
   * name} (an exercise id, a purpose) makes it readable in {@code docker images}.
   */
  static String unique(DockerEngine engine, String name) {
    String safe = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    if (safe.isEmpty() || !Character.isLetterOrDigit(safe.charAt(0))) {
      safe = "x" + safe;
    }
    return "stagecraft-grade/" + safe + ":" + engine.sessionId() + "-" + System.nanoTime();
  }
}
