package dev.stagecraft.grading.checks;

import dev.stagecraft.course.CheckSpec;
import dev.stagecraft.grading.CheckParams;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * exercise.yaml entries for unit tests: {@code params("path-present", "paths", List.of("/app"))}.
 */
final class Specs {
  private Specs() {}

  static CheckParams params(String type, Object... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return new CheckParams(new CheckSpec(type, map, Optional.empty(), "exercise.yaml", 7));
  }
}
