package dev.stagecraft.course;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the old content or the new, never half of it: the bytes
 * go to a temporary file beside the target, are synced to disk, and the file is then moved over the
 * target and the folder synced, so neither a killed process nor a power cut leaves half a file. The
 * file keeps the mode of the one it replaces (a learner's 0644 Dockerfile stays 0644); a new file
 * gets the mode any new file gets (0666 less the umask), not the 0600 of a temporary file.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  public static void write(Path target, byte[] content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = newTempFile(dir, target.getFileName().toString());
    try {
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(content);
        while (bytes.hasRemaining()) {
          out.write(bytes);
        }
        // On disk before the rename: a power cut must not leave the new name on empty blocks.
        out.force(true);
      }
      keepModeOf(target, temp);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // Some file systems cannot rename atomically; a plain replace is the best they offer.
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      syncDirectory(dir);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Makes the rename itself durable. Some systems (Windows) cannot open a folder for syncing; there
   * the rename is as durable as the file system makes it.
   */
  private static void syncDirectory(Path dir) {
    try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
      folder.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not supported here; the file's own content is already on disk.
    }
  }

  public static void write(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A new empty file beside the target, created without explicit permissions so that it gets the
   * process's default mode (Files.createTempFile would make it 0600).
   */
  private static Path newTempFile(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temp =
          dir.resolve(
              "."
                  + name
                  + "."
                  + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                  + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }

  /** Gives {@code temp} the POSIX permissions of {@code target}, when both exist and have them. */
  private static void keepModeOf(Path target, Path temp) throws IOException {
    PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (from == null || to == null || !Files.isRegularFile(target)) {
      return;
    }
    to.setPermissions(from.readAttributes().permissions());
  }
}
