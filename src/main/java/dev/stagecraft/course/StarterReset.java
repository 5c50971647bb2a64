package dev.stagecraft.course;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Puts an exercise's starter Dockerfile back as it shipped. The pristine copy comes from the jar
 * ({@code course/exercises/<id>/Dockerfile}), not from the folder the learner has been editing; the
 * learner's file is first kept as {@code Dockerfile.<yyyyMMdd-HHmmss>.bak} beside it.
 */
public final class StarterReset {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

  /**
   * Where a course keeps the starters the jar does not ship (a pack's), copied the first time
   * stagecraft opens it, relative to the course folder.
   */
  public static final String SNAPSHOTS = ".stagecraft/starters";

  private final ClassLoader resources;
  private final Clock clock;
  private final Optional<Path> snapshots;

  /** Restores from the jar stagecraft runs from, stamping backups in local time. */
  public StarterReset() {
    this(StarterReset.class.getClassLoader(), Clock.system(ZoneId.systemDefault()));
  }

  /** Restores from {@code resources}, stamping backups with {@code clock}. */
  public StarterReset(ClassLoader resources, Clock clock) {
    this(resources, clock, Optional.empty());
  }

  private StarterReset(ClassLoader resources, Clock clock, Optional<Path> snapshots) {
    this.resources = resources;
    this.clock = clock;
    this.snapshots = snapshots;
  }

  /** Restores from the jar, or for a course pack's exercises from the copies kept in the pack. */
  public static StarterReset forCourse(Course course) {
    return new StarterReset(
        StarterReset.class.getClassLoader(),
        Clock.system(ZoneId.systemDefault()),
        Optional.of(course.home().resolve(SNAPSHOTS)));
  }

  /** The path of the pristine starter inside the jar. */
  public static String resourcePath(String exerciseId) {
    return "course/exercises/" + exerciseId + "/Dockerfile";
  }

  /**
   * The pristine starter Dockerfile of {@code exercise}, as shipped. An exercise of a course pack
   * that shares an id with a built-in one is not it: the jar's starter is used only when the jar's
   * exercise.yaml is the exercise's own.
   */
  public byte[] pristine(Exercise exercise) throws IOException {
    if (!isShipped(exercise) && snapshots.isPresent()) {
      Path kept = snapshots.get().resolve(exercise.id()).resolve("Dockerfile");
      if (Files.isRegularFile(kept)) {
        return Files.readAllBytes(kept);
      }
      throw new NoSuchFileException(
          kept.toString(),
          null,
          "no copy of the starter of "
              + exercise.id()
              + " was kept; stagecraft keeps one the first time it opens a course pack (`check`"
              + " or the REPL)");
    }
    if (!isShipped(exercise)) {
      throw new NoSuchFileException(
          exercise.dockerfile().toString(),
          null,
          exercise.id() + " is not one of the exercises this build of stagecraft ships");
    }
    String path = resourcePath(exercise.id());
    try (InputStream in = resources.getResourceAsStream(path)) {
      if (in == null) {
        throw new NoSuchFileException(
            path,
            null,
            "no pristine starter for " + exercise.id() + " in this build of stagecraft");
      }
      return in.readAllBytes();
    }
  }

  private boolean isShipped(Exercise exercise) throws IOException {
    String path = "course/exercises/" + exercise.id() + "/exercise.yaml";
    Path own = exercise.directory().resolve("exercise.yaml");
    try (InputStream in = resources.getResourceAsStream(path)) {
      if (in == null) {
        return false;
      }
      // A folder without its exercise.yaml cannot be told apart; the id is all there is.
      return !Files.isRegularFile(own) || Arrays.equals(in.readAllBytes(), Files.readAllBytes(own));
    }
  }

  /**
   * Restores the starter Dockerfile of {@code exercise}.
   *
   * @return the backup of the learner's file, or empty when there was nothing to keep (no file, or
   *     a file that already equals the starter)
   */
  public Optional<Path> reset(Exercise exercise) throws IOException {
    byte[] pristine = pristine(exercise);
    Path target = exercise.dockerfile();
    Optional<Path> backup = Optional.empty();
    if (Files.exists(target) && !Arrays.equals(Files.readAllBytes(target), pristine)) {
      Path copy = freeBackupName(target);
      Files.copy(target, copy, StandardCopyOption.COPY_ATTRIBUTES);
      backup = Optional.of(copy);
    }
    AtomicFiles.write(target, pristine);
    return backup;
  }

  private Path freeBackupName(Path target) {
    String base =
        target.getFileName() + "." + STAMP.format(clock.instant().atZone(clock.getZone()));
    Path candidate = target.resolveSibling(base + ".bak");
    for (int n = 2; Files.exists(candidate); n++) {
      candidate = target.resolveSibling(base + "-" + n + ".bak");
    }
    return candidate;
  }
}
