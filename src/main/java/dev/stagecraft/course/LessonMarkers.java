package dev.stagecraft.course;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code <!-- stagecraft:file PATH -->} and {@code <!-- stagecraft:excerpt PATH -->} markers of
 * a lesson name the course file a code sample is taken from. Each must name a file inside the
 * course: a pack's lesson may not point at the reader's own files.
 */
final class LessonMarkers {

  private static final Pattern MARKER =
      Pattern.compile("^\\s*<!--\\s*stagecraft:(file|excerpt)\\s+(\\S+)\\s*-->\\s*$");

  private LessonMarkers() {}

  /**
   * Checks every marker of a lesson.
   *
   * @param root the course folder
   * @param text the whole lesson file, front matter included, so line numbers are the file's
   * @param sourceName the lesson file, relative to the course folder
   */
  static void check(Path root, String text, String sourceName) throws CourseException {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher matcher = MARKER.matcher(lines.get(i));
      if (!matcher.matches()) {
        continue;
      }
      String kind = matcher.group(1);
      String name = matcher.group(2);
      String where = "the marker 'stagecraft:" + kind + "' ";
      Path file;
      try {
        file = CoursePaths.resolve(root, name, "course folder");
      } catch (CoursePaths.Escape e) {
        throw new CourseException(sourceName, i + 1, where + e.getMessage() + ".");
      }
      if (!Files.isRegularFile(file)) {
        throw new CourseException(
            sourceName,
            i + 1,
            where
                + "names '"
                + name
                + "', but there is no such file in the course; give a path relative to the"
                + " course folder, such as exercises/01-slug/Dockerfile.");
      }
    }
  }
}
