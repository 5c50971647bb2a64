package dev.stagecraft.course;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Splits a lesson file into its YAML front matter and markdown body, and checks the front matter.
 */
final class LessonFile {

  private static final List<String> KEYS = List.of("id", "title", "exercises");
  private static final String FENCE = "---";

  private LessonFile() {}

  /**
   * Reads a lesson.
   *
   * @param id the file name without {@code .md}; the front matter's {@code id} must match it
   * @param number the NN prefix of the file name
   * @param text the whole file
   * @param sourceName the file, relative to the course home, for messages
   * @param source the file
   */
  static Parsed parse(String id, int number, String text, String sourceName, Path source)
      throws CourseException {
    String normalized = text.replace("\r\n", "\n");
    if (normalized.startsWith("\uFEFF")) {
      normalized = normalized.substring(1);
    }
    List<String> lines = normalized.lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
      throw new CourseException(
          sourceName,
          1,
          "a lesson starts with front matter: a line '---', then 'id: "
              + id
              + "' and 'title: ...', then a line '---'. Add it at the top of the file.");
    }
    int closing = -1;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(FENCE)) {
        closing = i;
        break;
      }
    }
    if (closing < 0) {
      throw new CourseException(
          sourceName, 1, "the front matter is never closed. Add a line '---' after its last key.");
    }
    String yaml = String.join("\n", lines.subList(1, closing));
    YamlNode root = YamlReader.read(yaml, sourceName, 2);
    if (root instanceof YamlNode.Empty) {
      throw new CourseException(
          sourceName, 2, "the front matter is empty. Give it 'id: " + id + "' and 'title: ...'.");
    }
    YamlFields fields =
        new YamlFields(
            YamlFields.requireMapping(root, sourceName, "the front matter"),
            sourceName,
            "the front matter");
    fields.rejectUnknownKeys(Set.copyOf(KEYS), KEYS);
    String declaredId = fields.requiredText("id");
    if (!declaredId.equals(id)) {
      throw new CourseException(
          sourceName,
          lineOf((YamlNode.Mapping) root, "id"),
          "the front matter says 'id: "
              + declaredId
              + "' but the file is named "
              + id
              + ".md. Make them the same.");
    }
    String title = fields.requiredText("title");
    List<String> exercises = fields.textList("exercises");
    String body = String.join("\n", lines.subList(closing + 1, lines.size())).strip() + "\n";
    return new Parsed(
        new Lesson(id, number, title, exercises, body, source),
        lineOf((YamlNode.Mapping) root, "exercises"));
  }

  /** A lesson and the line of its {@code exercises:} key, for messages about missing exercises. */
  record Parsed(Lesson lesson, int exercisesLine) {}

  static int lineOf(YamlNode.Mapping mapping, String key) {
    return mapping.entry(key).map(YamlNode.Entry::line).orElse(mapping.line());
  }
}
