package dev.stagecraft.course;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML value with the 1-based line it starts on, so that every complaint about a course file can
 * point at the right line.
 */
sealed interface YamlNode {

  /** The 1-based line this value starts on. */
  int line();

  /** A short description of the kind of value, for "expected a list, found text" messages. */
  String kind();

  /** The value as plain Java (String, Integer, Long, Double, Boolean, List, Map). */
  Object plain();

  /** A string, number or boolean. A YAML null (an empty value) is {@link Empty}. */
  record Scalar(Object value, int line) implements YamlNode {
    @Override
    public String kind() {
      if (value instanceof Boolean) {
        return "true/false";
      }
      return value instanceof Number ? "a number" : "text";
    }

    @Override
    public Object plain() {
      return value;
    }

    /** The text of the scalar, whether it was written as text, number or boolean. */
    public String text() {
      return String.valueOf(value);
    }
  }

  /** A key with nothing after it. */
  record Empty(int line) implements YamlNode {
    @Override
    public String kind() {
      return "nothing";
    }

    @Override
    public Object plain() {
      return "";
    }
  }

  /** A list. */
  record Sequence(List<YamlNode> items, int line) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return "a list";
    }

    @Override
    public Object plain() {
      List<Object> out = new ArrayList<>();
      for (YamlNode item : items) {
        out.add(item.plain());
      }
      return List.copyOf(out);
    }
  }

  /** A mapping, keys in file order. */
  record Mapping(List<Entry> entries, int line) implements YamlNode {
    public Mapping {
      entries = List.copyOf(entries);
    }

    /** The entry for {@code key}, if present. */
    public Optional<Entry> entry(String key) {
      return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    @Override
    public String kind() {
      return "a mapping (key: value lines)";
    }

    @Override
    public Object plain() {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Entry entry : entries) {
        out.put(entry.key(), entry.value().plain());
      }
      return Collections.unmodifiableMap(out);
    }
  }

  /** One {@code key: value} of a mapping; {@code line} is where the key is written. */
  record Entry(String key, int line, YamlNode value) {}
}
