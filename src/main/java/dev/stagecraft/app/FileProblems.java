package dev.stagecraft.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Says what went wrong with a file, and what to do, in one sentence for either front end. */
public final class FileProblems {

  private FileProblems() {}

  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException missing) {
      return missing.getFile()
          + ": no such file"
          + (missing.getReason() == null ? "." : "; " + missing.getReason() + ".");
    }
    if (e instanceof AccessDeniedException denied) {
      return denied.getFile() + ": permission denied; check the file's permissions and owner.";
    }
    return "Could not read or write a file: " + e.getMessage() + ". Check the path and free space.";
  }
}
