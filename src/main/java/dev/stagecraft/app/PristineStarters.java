package dev.stagecraft.app;

import dev.stagecraft.course.AtomicFiles;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.StarterReset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The starter Dockerfile of each exercise as it shipped, kept apart from the one the learner edits,
 * so "N times smaller than the starter" compares against the real starter. Exercises in the jar use
 * the jar's copy; an instructor's own exercises are snapshotted the first time they are seen.
 */
final class PristineStarters {

  private final Path folder;
  private final StarterReset shipped = new StarterReset();

  PristineStarters(Path folder) {
    this.folder = folder;
  }

  /** A path holding the pristine starter, or empty when there is none and none can be made. */
  Optional<Path> pristineStarter(Exercise exercise) {
    Path copy = folder.resolve(exercise.id()).resolve("Dockerfile");
    try {
      Optional<byte[]> fromJar = shipped(exercise);
      if (fromJar.isPresent()) {
        if (!Files.isRegularFile(copy) || !Arrays.equals(Files.readAllBytes(copy), fromJar.get())) {
          AtomicFiles.write(copy, fromJar.get());
        }
        return Optional.of(copy);
      }
      if (!Files.isRegularFile(copy) && Files.isRegularFile(exercise.dockerfile())) {
        AtomicFiles.write(copy, Files.readAllBytes(exercise.dockerfile()));
      }
      return Files.isRegularFile(copy) ? Optional.of(copy) : Optional.empty();
    } catch (IOException e) {
      // Without a pristine copy the size comparison is skipped with its reason; grading goes on.
      return Optional.empty();
    }
  }

  private Optional<byte[]> shipped(Exercise exercise) {
    try {
      return Optional.of(shipped.pristine(exercise));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
