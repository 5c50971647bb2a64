package dev.stagecraft.course;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An exercise: a folder under {@code exercises/} that is the build context, holding the learner's
 * Dockerfile and its {@code exercise.yaml}.
 *
 * @param id the folder name, such as {@code 03-go-scratch}
 * @param number the NN prefix
 * @param title from exercise.yaml
 * @param summary one line from exercise.yaml, empty when absent
 * @param lessonId the lesson that teaches it
 * @param directory the build context
 * @param dockerfile the learner's Dockerfile, inside {@code directory}
 * @param solutionDockerfile the reference Dockerfile under {@code solutions/}
 * @param hints revealed one at a time, in order
 * @param checks what the grader runs, in file order
 */
public record Exercise(
    String id,
    int number,
    String title,
    String summary,
    Optional<String> lessonId,
    Path directory,
    Path dockerfile,
    Path solutionDockerfile,
    List<String> hints,
    List<CheckSpec> checks) {

  public Exercise {
    hints = List.copyOf(hints);
    checks = List.copyOf(checks);
  }
}
