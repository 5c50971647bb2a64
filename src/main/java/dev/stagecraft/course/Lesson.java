package dev.stagecraft.course;

import java.nio.file.Path;
import java.util.List;

/**
 * A lesson: the markdown below the front matter of {@code lessons/NN-slug.md}.
 *
 * @param id the file name without {@code .md}, such as {@code 03-go-to-scratch}
 * @param number the NN prefix
 * @param title from the front matter
 * @param exerciseIds the exercises this lesson leads to, in order
 * @param markdown the body, front matter removed
 * @param source the lesson file
 */
public record Lesson(
    String id, int number, String title, List<String> exerciseIds, String markdown, Path source) {

  public Lesson {
    exerciseIds = List.copyOf(exerciseIds);
  }
}
