package dev.stagecraft.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed access to the keys of one YAML mapping, with messages that name the file, the line and the
 * key, and say what to write instead.
 */
final class YamlFields {

  private final YamlNode.Mapping mapping;
  private final String sourceName;
  private final String where;

  /**
   * @param where what this mapping is, for messages: "exercise.yaml", "the front matter", "check
   *     number 2"
   */
  YamlFields(YamlNode.Mapping mapping, String sourceName, String where) {
    this.mapping = mapping;
    this.sourceName = sourceName;
    this.where = where;
  }

  /** Requires {@code node} to be a mapping; says what was found otherwise. */
  static YamlNode.Mapping requireMapping(YamlNode node, String sourceName, String what)
      throws CourseException {
    if (node instanceof YamlNode.Mapping mapping) {
      return mapping;
    }
    throw new CourseException(
        sourceName,
        node.line(),
        what + " must be a mapping of 'key: value' lines, but it is " + node.kind() + ".");
  }

  /** Fails on the first key that is not one of {@code known}. */
  void rejectUnknownKeys(Set<String> known, List<String> knownInOrder) throws CourseException {
    for (YamlNode.Entry entry : mapping.entries()) {
      if (!known.contains(entry.key())) {
        throw new CourseException(
            sourceName,
            entry.line(),
            "unknown key '"
                + entry.key()
                + "' in "
                + where
                + ". Known keys: "
                + String.join(", ", knownInOrder)
                + ". Fix the spelling or remove the key.");
      }
    }
  }

  /** The entry of a key that must be present; {@code fix} says how to add it. */
  private YamlNode.Entry required(String key, String fix) throws CourseException {
    return mapping
        .entry(key)
        .orElseThrow(
            () ->
                new CourseException(
                    sourceName,
                    mapping.line(),
                    "missing key '" + key + "' in " + where + ". " + fix));
  }

  /** A key that must be present and hold non-empty text. */
  String requiredText(String key) throws CourseException {
    YamlNode.Entry entry = required(key, "Add a line '" + key + ": ...'.");
    return text(entry);
  }

  /** A key that may be absent; when present it must hold non-empty text. */
  Optional<String> optionalText(String key) throws CourseException {
    Optional<YamlNode.Entry> entry = mapping.entry(key);
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(text(entry.get()));
  }

  /** A key that may be absent (an empty list); when present it must be a list of text items. */
  List<String> textList(String key) throws CourseException {
    Optional<YamlNode.Entry> entry = mapping.entry(key);
    if (entry.isEmpty()) {
      return List.of();
    }
    YamlNode value = entry.get().value();
    if (!(value instanceof YamlNode.Sequence sequence)) {
      throw wrongType(entry.get(), "a list (lines starting with '- ', or [a, b])");
    }
    List<String> out = new ArrayList<>();
    for (YamlNode item : sequence.items()) {
      if (!(item instanceof YamlNode.Scalar scalar) || scalar.text().isBlank()) {
        throw new CourseException(
            sourceName,
            item.line(),
            "every item of '"
                + key
                + "' in "
                + where
                + " must be text, but one is "
                + item.kind()
                + ".");
      }
      out.add(scalar.text().strip());
    }
    return out;
  }

  /** A key that must be present and hold a list. */
  YamlNode.Sequence requiredList(String key, String example) throws CourseException {
    YamlNode.Entry entry = required(key, "Add it, for example:\n" + example);
    if (!(entry.value() instanceof YamlNode.Sequence sequence)) {
      throw wrongType(entry, "a list (lines starting with '- ')");
    }
    return sequence;
  }

  private String text(YamlNode.Entry entry) throws CourseException {
    if (entry.value() instanceof YamlNode.Scalar scalar
        && !(scalar.value() instanceof Boolean)
        && !scalar.text().isBlank()) {
      return scalar.text().strip();
    }
    throw wrongType(entry, "text");
  }

  private CourseException wrongType(YamlNode.Entry entry, String expected) {
    return new CourseException(
        sourceName,
        entry.line(),
        "key '"
            + entry.key()
            + "' in "
            + where
            + " must be "
            + expected
            + ", but it is "
            + entry.value().kind()
            + ".");
  }
}
