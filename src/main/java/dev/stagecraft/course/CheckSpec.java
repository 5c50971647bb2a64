package dev.stagecraft.course;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of the {@code checks:} list of an exercise.yaml, kept generic: the grader knows what
 * each check type means and which parameters it takes.
 *
 * @param type the check type, such as {@code image-size}
 * @param params every key of the entry except {@code type} and {@code hint}, in file order, with
 *     plain Java values (String, Integer, Long, Double, Boolean, List, Map)
 * @param hint what to tell the learner when this check fails, if the author wrote one
 * @param sourceName the exercise.yaml this came from, relative to the course home
 * @param line the 1-based line of the list item, for error messages
 */
public record CheckSpec(
    String type, Map<String, Object> params, Optional<String> hint, String sourceName, int line) {

  public CheckSpec {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** Where this check was written, as {@code file:line}, for messages about its parameters. */
  public String location() {
    return sourceName + ":" + line;
  }
}
