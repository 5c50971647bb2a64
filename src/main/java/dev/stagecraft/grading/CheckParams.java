package dev.stagecraft.grading;

import dev.stagecraft.course.CheckSpec;
import dev.stagecraft.course.CoursePaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed access to one check's parameters in exercise.yaml, with errors that say where the bad value
 * is and what would be right.
 */
public final class CheckParams {

  private final CheckSpec spec;
  private final Path exerciseDir;

  /** Parameters whose relative file names resolve against the working directory. */
  public CheckParams(CheckSpec spec) {
    this(spec, Path.of(""));
  }

  /**
   * @param exerciseDir the exercise folder, against which file parameters are resolved
   */
  public CheckParams(CheckSpec spec, Path exerciseDir) {
    this.spec = spec;
    this.exerciseDir = exerciseDir;
  }

  /** The exercise.yaml entry these parameters come from. */
  public CheckSpec spec() {
    return spec;
  }

  /**
   * A file named by a parameter, relative to the exercise folder; it must exist and stay inside the
   * folder, links followed, so an exercise (of a course pack, say) cannot read the files of whoever
   * runs it.
   */
  public Path file(String key) throws CheckSpecException {
    return file(key, string(key));
  }

  /** Like {@link #file(String)}, for a file name found inside parameter {@code key}. */
  public Path file(String key, String name) throws CheckSpecException {
    Path base = exerciseDir.toAbsolutePath().normalize();
    Path file;
    try {
      file = CoursePaths.resolve(base, name, "exercise folder");
    } catch (CoursePaths.Escape e) {
      throw problem(key, e.getMessage());
    }
    if (!Files.isRegularFile(file)) {
      throw problem(key, "names '" + name + "', but there is no such file in " + base);
    }
    return file;
  }

  public String type() {
    return spec.type();
  }

  /** Rejects keys this check does not know, since a typo would otherwise be silently ignored. */
  public void allowOnly(String... keys) throws CheckSpecException {
    Set<String> allowed = new TreeSet<>(List.of(keys));
    for (String key : spec.params().keySet()) {
      if (!allowed.contains(key)) {
        throw problem(
            key,
            "is not a parameter of this check; it takes "
                + (allowed.isEmpty() ? "none" : String.join(", ", allowed)));
      }
    }
  }

  public Optional<Object> raw(String key) {
    return Optional.ofNullable(spec.params().get(key));
  }

  public String string(String key) throws CheckSpecException {
    return optionalString(key).orElseThrow(() -> missing(key, "a text value"));
  }

  public Optional<String> optionalString(String key) throws CheckSpecException {
    Optional<Object> value = raw(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Object v = value.get();
    if (v instanceof String || v instanceof Number || v instanceof Boolean) {
      return Optional.of(v.toString());
    }
    throw problem(key, "must be a text value, not " + describe(v));
  }

  public double number(String key) throws CheckSpecException {
    return optionalNumber(key).orElseThrow(() -> missing(key, "a number"));
  }

  public Optional<Double> optionalNumber(String key) throws CheckSpecException {
    Optional<Object> value = raw(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Object v = value.get();
    if (v instanceof Number n) {
      return Optional.of(n.doubleValue());
    }
    if (v instanceof String s) {
      try {
        return Optional.of(Double.parseDouble(s.trim()));
      } catch (NumberFormatException e) {
        // fall through to the error below
      }
    }
    throw problem(key, "must be a number, not " + describe(v));
  }

  public int integer(String key, int defaultValue) throws CheckSpecException {
    Optional<Double> value = optionalNumber(key);
    if (value.isEmpty()) {
      return defaultValue;
    }
    double d = value.get();
    if (d != Math.rint(d) || d < Integer.MIN_VALUE || d > Integer.MAX_VALUE) {
      throw problem(key, "must be a whole number, not " + d);
    }
    return (int) d;
  }

  public boolean bool(String key, boolean defaultValue) throws CheckSpecException {
    Optional<Object> value = raw(key);
    if (value.isEmpty()) {
      return defaultValue;
    }
    Object v = value.get();
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s && Set.of("true", "false").contains(s.toLowerCase(Locale.ROOT))) {
      return Boolean.parseBoolean(s);
    }
    throw problem(key, "must be true or false, not " + describe(v));
  }

  /** {@code timeoutSeconds}, 30 unless given, between 1 and 600: how long a run may take. */
  public Duration timeout() throws CheckSpecException {
    int seconds = integer("timeoutSeconds", 30);
    if (seconds < 1 || seconds > 600) {
      throw problem("timeoutSeconds", "must be between 1 and 600");
    }
    return Duration.ofSeconds(seconds);
  }

  /** A list of texts; a single text is taken as a list of one. */
  public List<String> strings(String key) throws CheckSpecException {
    List<String> list = optionalStrings(key);
    if (list.isEmpty()) {
      throw missing(key, "a list of text values");
    }
    return list;
  }

  public List<String> optionalStrings(String key) throws CheckSpecException {
    Optional<Object> value = raw(key);
    if (value.isEmpty()) {
      return List.of();
    }
    Object v = value.get();
    if (v instanceof String s) {
      return List.of(s);
    }
    if (v instanceof List<?> items) {
      List<String> out = new ArrayList<>();
      for (Object item : items) {
        if (!(item instanceof String || item instanceof Number)) {
          throw problem(key, "must list text values, but has " + describe(item));
        }
        out.add(item.toString());
      }
      return List.copyOf(out);
    }
    throw problem(key, "must be a list of text values, not " + describe(v));
  }

  /** A map of text to text, such as label names to patterns; empty when absent. */
  public Map<String, String> optionalStringMap(String key) throws CheckSpecException {
    Optional<Object> value = raw(key);
    if (value.isEmpty()) {
      return Map.of();
    }
    if (!(value.get() instanceof Map<?, ?> map)) {
      throw problem(key, "must be a map of name: value, not " + describe(value.get()));
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      Object v = entry.getValue();
      if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
        throw problem(key, "has '" + entry.getKey() + "' set to " + describe(v) + "; use text");
      }
      out.put(String.valueOf(entry.getKey()), v.toString());
    }
    return Collections.unmodifiableMap(out);
  }

  /** An error pointing at this check's line in exercise.yaml. */
  public CheckSpecException problem(String key, String what) {
    return new CheckSpecException(
        String.format(
            "%s:%d: check '%s': '%s' %s.", spec.sourceName(), spec.line(), spec.type(), key, what));
  }

  private CheckSpecException missing(String key, String kind) {
    return new CheckSpecException(
        String.format(
            "%s:%d: check '%s' needs '%s' (%s); add it under the check.",
            spec.sourceName(), spec.line(), spec.type(), key, kind));
  }

  private static String describe(Object v) {
    if (v instanceof List<?>) {
      return "a list";
    }
    if (v instanceof Map<?, ?>) {
      return "a map";
    }
    return "'" + v + "'";
  }
}
