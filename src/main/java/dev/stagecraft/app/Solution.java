package dev.stagecraft.app;

import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.ExerciseStatus;
import dev.stagecraft.course.ProgressStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An exercise's reference solution, for the {@code solution} command of both front ends. Lessons
 * teach the pieces; the whole file is shown only to a learner who passed, or who asks for it
 * knowingly.
 *
 * @param files the solution's files (the Dockerfile, then a .dockerignore when there is one), with
 *     their paths relative to the course home
 */
public record Solution(Exercise exercise, List<SolutionFile> files) {

  /** One file of a solution. */
  public record SolutionFile(Path relativePath, String content) {}

  public Solution {
    files = List.copyOf(files);
  }

  /** Reads the solution of an exercise from {@code solutions/ID/}. */
  public static Solution read(Path home, Exercise exercise) throws IOException {
    Path dockerfile = exercise.solutionDockerfile();
    if (!Files.isRegularFile(dockerfile)) {
      throw new NoSuchFileException(
          home.relativize(dockerfile).toString(), null, "this exercise has no reference solution");
    }
    List<SolutionFile> files = new ArrayList<>();
    files.add(new SolutionFile(home.relativize(dockerfile), Files.readString(dockerfile)));
    Path ignore = dockerfile.resolveSibling(".dockerignore");
    if (Files.isRegularFile(ignore)) {
      files.add(new SolutionFile(home.relativize(ignore), Files.readString(ignore)));
    }
    return new Solution(exercise, files);
  }

  /** Whether the learner has passed the exercise, so the answer gives nothing away. */
  public static boolean passed(ProgressStore progress, Exercise exercise) {
    return progress.load().progress().status(exercise.id()) == ExerciseStatus.PASSED;
  }

  /** The files as markdown, for the terminal's renderer. */
  public String markdown() {
    StringBuilder text =
        new StringBuilder("The reference solution of ")
            .append(exercise.id())
            .append(". Yours may differ and still pass: any answer the checks accept is right.\n");
    for (SolutionFile file : files) {
      String language =
          file.relativePath().getFileName().toString().equals("Dockerfile") ? "dockerfile" : "";
      text.append("\n`")
          .append(file.relativePath().toString().replace('\\', '/'))
          .append("`\n\n```")
          .append(language)
          .append('\n')
          .append(file.content().endsWith("\n") ? file.content() : file.content() + "\n")
          .append("```\n");
    }
    return text.toString();
  }
}
