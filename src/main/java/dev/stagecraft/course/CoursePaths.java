package dev.stagecraft.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Keeps every path a course names inside the course folder. A course pack is written by anyone: an
 * absolute path, a {@code ..} or a symbolic link that points out would let its lessons show, or its
 * checks read, the files of whoever runs it. Paths are compared after following links ({@link
 * Path#toRealPath}), so a link inside the course that leads out is refused too.
 */
public final class CoursePaths {

  private CoursePaths() {}

  /** Why a path was refused: a sentence naming the path and what to do, without its location. */
  public static final class Escape extends Exception {
    Escape(String problem) {
      super(problem);
    }
  }

  /**
   * A file or folder name written in a course file (a marker, a check parameter), resolved against
   * {@code base}.
   *
   * @param base the folder the name is relative to; it must exist
   * @param name the name as written
   * @param baseName how messages call {@code base}, such as "exercise folder"
   * @return the path inside {@code base}; it need not exist
   * @throws Escape when the name is absolute, climbs out with {@code ..}, or leads out through a
   *     symbolic link
   */
  public static Path resolve(Path base, String name, String baseName) throws Escape {
    if (name.isBlank()) {
      throw new Escape("is empty; give a path relative to the " + baseName);
    }
    Path relative;
    try {
      relative = Path.of(name);
    } catch (InvalidPathException e) {
      throw new Escape("names '" + name + "', which is not a valid path (" + e.getReason() + ")");
    }
    if (relative.isAbsolute() || name.startsWith("~")) {
      throw new Escape(
          "names '"
              + name
              + "', an absolute path; a course may only name files inside its own folder, so"
              + " give a path relative to the "
              + baseName);
    }
    Path folder = base.toAbsolutePath().normalize();
    Path file = folder.resolve(relative).normalize();
    if (!file.startsWith(folder)) {
      throw new Escape(
          "names '"
              + name
              + "', which leads outside the "
              + baseName
              + " "
              + folder
              + " through '..'; a course may only name files inside it");
    }
    try {
      requireInside(folder, file, baseName);
    } catch (Escape e) {
      throw new Escape("names '" + name + "', which " + e.getMessage());
    }
    return file;
  }

  /**
   * Refuses a path the course found by listing its folders (a lesson file, an exercise folder, a
   * solution) when, links followed, it lies outside {@code folder}. A path that does not exist
   * passes: the caller says it is missing. The message starts with a verb ("is a symbolic link
   * ..."), for the caller to put the path's name before it.
   */
  public static void requireInside(Path folder, Path found, String folderName) throws Escape {
    if (!Files.exists(found, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Path realFolder;
    Path real;
    try {
      realFolder = folder.toRealPath();
    } catch (IOException e) {
      throw new Escape("lies in " + folder + ", which cannot be read: " + e.getMessage());
    }
    try {
      real = found.toRealPath();
    } catch (IOException e) {
      throw new Escape(
          "is a symbolic link that leads nowhere ("
              + e.getMessage()
              + "); replace it with the file itself");
    }
    if (!real.startsWith(realFolder)) {
      throw new Escape(
          "is a symbolic link (or lies under one) that leads outside the "
              + folderName
              + ", to "
              + real
              + "; a course may only use files inside its own folder, so copy the file in"
              + " instead of linking to it");
    }
  }
}
