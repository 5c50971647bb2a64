package dev.stagecraft.course;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-lesson, one-exercise course in a temporary folder, for breaking one file at a time. */
final class MiniCourse {

  static final String LESSON =
      "---\nid: 01-only\ntitle: Only lesson\nexercises: [01-only]\n---\n# Only\n\nText.\n";
  static final String EXERCISE_YAML =
      "title: Only exercise\nlesson: 01-only\nchecks:\n  - type: non-root-user\n";

  final Path home;

  MiniCourse(Path home) {
    this.home = home;
    write("lessons/01-only.md", LESSON);
    write("exercises/01-only/exercise.yaml", EXERCISE_YAML);
    write("exercises/01-only/Dockerfile", "FROM scratch\n");
    write("solutions/01-only/Dockerfile", "FROM scratch\nUSER 1\n");
  }

  MiniCourse write(String relative, String content) {
    try {
      Path file = home.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces {@code relative} with the test resource {@code course-fixtures/<fixture>}. */
  MiniCourse withFixture(String relative, String fixture) {
    try (InputStream in = MiniCourse.class.getResourceAsStream("/course-fixtures/" + fixture)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + fixture);
      }
      return write(relative, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Course load() throws CourseException {
    return Course.load(home);
  }
}
