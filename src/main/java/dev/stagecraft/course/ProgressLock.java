package dev.stagecraft.course;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * An exclusive lock on a progress file, held by one long-lived session (the REPL, a watch) for as
 * long as it runs. It is an operating-system lock on {@code progress.json.lock} beside the progress
 * file: the system drops it when the process ends in any way (even {@code kill -9}), so a crash
 * never leaves a stale lock behind. The holder's pid is written into the file so that a second
 * session can say which process holds it.
 */
public final class ProgressLock implements AutoCloseable {

  /** What came of trying to lock. */
  public sealed interface Outcome {

    /** This process holds the lock until {@link ProgressLock#close()}. */
    record Acquired(ProgressLock lock) implements Outcome {}

    /**
     * Another session holds it.
     *
     * @param pid the holder's process id, when it could be read from the lock file
     */
    record HeldElsewhere(Path lockFile, OptionalLong pid) implements Outcome {}

    /** The lock file cannot be made (a read-only folder); progress is then not guarded. */
    record Unavailable(Path lockFile, String reason) implements Outcome {}
  }

  private final Path lockFile;
  private final FileChannel channel;
  private final FileLock lock;

  private ProgressLock(Path lockFile, FileChannel channel, FileLock lock) {
    this.lockFile = lockFile;
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file that guards {@code progressFile}. */
  public static Path lockFileFor(Path progressFile) {
    return progressFile.resolveSibling(progressFile.getFileName() + ".lock");
  }

  /** Tries once to lock {@code progressFile}; never waits. */
  public static Outcome acquire(Path progressFile) {
    Path lockFile = lockFileFor(progressFile);
    FileChannel channel;
    try {
      Files.createDirectories(lockFile.toAbsolutePath().getParent());
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException | UnsupportedOperationException e) {
      return new Outcome.Unavailable(lockFile, String.valueOf(e.getMessage()));
    }
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        return new Outcome.HeldElsewhere(lockFile, holder(lockFile));
      }
      writePid(channel);
      return new Outcome.Acquired(new ProgressLock(lockFile, channel, lock));
    } catch (OverlappingFileLockException e) {
      // This very process holds it already (a second session inside one JVM).
      closeQuietly(channel);
      return new Outcome.HeldElsewhere(lockFile, OptionalLong.of(ProcessHandle.current().pid()));
    } catch (IOException e) {
      closeQuietly(channel);
      return new Outcome.Unavailable(lockFile, String.valueOf(e.getMessage()));
    }
  }

  /** The file that is locked. */
  public Path lockFile() {
    return lockFile;
  }

  /** The pid written into a lock file by its holder, when there is one to read. */
  static OptionalLong holder(Path lockFile) {
    try {
      String text = Files.readString(lockFile, StandardCharsets.US_ASCII).strip();
      return text.matches("\\d{1,18}")
          ? OptionalLong.of(Long.parseLong(text))
          : OptionalLong.empty();
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  private static void writePid(FileChannel channel) throws IOException {
    channel.truncate(0);
    channel.write(
        ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
        0);
    channel.force(false);
  }

  /**
   * Releases the lock. The file stays: deleting it would let a session that opened it a moment ago
   * lock a file nobody else sees.
   */
  @Override
  public void close() {
    try {
      if (lock.isValid()) {
        channel.truncate(0);
        lock.release();
      }
    } catch (IOException e) {
      // Closing the channel below releases the lock anyway.
    } finally {
      closeQuietly(channel);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing is left to do with a channel that will not close; the process exit releases it.
    }
  }
}
