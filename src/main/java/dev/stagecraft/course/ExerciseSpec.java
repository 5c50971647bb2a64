package dev.stagecraft.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The contents of one exercise.yaml, checked for shape. The schema is documented in
 * docs/exercise-yaml.md; what each check type's parameters mean is the grader's business.
 */
record ExerciseSpec(
    String title,
    String summary,
    Optional<String> lessonId,
    int lessonLine,
    List<String> hints,
    List<CheckSpec> checks) {

  private static final List<String> KEYS = List.of("title", "lesson", "summary", "hints", "checks");
  private static final String CHECKS_EXAMPLE =
      "checks:\n  - type: stage-count\n    min: 2\n  - type: non-root-user";

  /** Reads and checks the text of an exercise.yaml. */
  static ExerciseSpec parse(String yaml, String sourceName) throws CourseException {
    YamlNode root = YamlReader.read(yaml, sourceName, 1);
    if (root instanceof YamlNode.Empty) {
      throw new CourseException(
          sourceName,
          0,
          "is empty. It needs at least 'title:' and 'checks:'; see docs/exercise-yaml.md.");
    }
    YamlFields fields =
        new YamlFields(
            YamlFields.requireMapping(root, sourceName, "exercise.yaml"),
            sourceName,
            "exercise.yaml");
    fields.rejectUnknownKeys(Set.copyOf(KEYS), KEYS);
    String title = fields.requiredText("title");
    Optional<String> lesson = fields.optionalText("lesson");
    String summary = fields.optionalText("summary").orElse("");
    List<String> hints = fields.textList("hints");
    YamlNode.Sequence checkList = fields.requiredList("checks", CHECKS_EXAMPLE);
    if (checkList.items().isEmpty()) {
      throw new CourseException(
          sourceName, checkList.line(), "'checks' is empty; an exercise needs at least one check.");
    }
    List<CheckSpec> checks = new ArrayList<>();
    for (YamlNode item : checkList.items()) {
      checks.add(check(item, checks.size() + 1, sourceName));
    }
    int lessonLine = ((YamlNode.Mapping) root).entry("lesson").map(YamlNode.Entry::line).orElse(1);
    return new ExerciseSpec(title, summary, lesson, lessonLine, hints, checks);
  }

  private static CheckSpec check(YamlNode item, int number, String sourceName)
      throws CourseException {
    String where = "check number " + number;
    YamlNode.Mapping mapping = YamlFields.requireMapping(item, sourceName, where);
    YamlFields fields = new YamlFields(mapping, sourceName, where);
    if (mapping.entry("type").isEmpty()) {
      throw new CourseException(
          sourceName,
          mapping.line(),
          where + " has no 'type'. Start the item with '- type: ...' (for example image-size).");
    }
    String type = fields.requiredText("type");
    Optional<String> hint = fields.optionalText("hint");
    Map<String, Object> params = new LinkedHashMap<>();
    for (YamlNode.Entry entry : mapping.entries()) {
      if (entry.key().equals("type") || entry.key().equals("hint")) {
        continue;
      }
      if (entry.value() instanceof YamlNode.Empty) {
        throw new CourseException(
            sourceName,
            entry.line(),
            "key '"
                + entry.key()
                + "' of "
                + where
                + " ("
                + type
                + ") has no value; give one or remove the key.");
      }
      params.put(entry.key(), entry.value().plain());
    }
    return new CheckSpec(type, params, hint, sourceName, mapping.line());
  }
}
