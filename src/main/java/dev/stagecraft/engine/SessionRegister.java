package dev.stagecraft.engine;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sessions of one engine that run, or ran, in this user's account: one empty file per session,
 * made when it connects and deleted when it closes. It tells a new session whether looking for
 * leftovers is worth listing every container and image of the engine (most of a second on an engine
 * holding thousands of images): only when a session in this pid space ended without closing, or
 * when the last look is older than {@link #SWEEP_INTERVAL} (sessions of other machines sharing the
 * engine, a process killed before it wrote its file).
 */
final class SessionRegister {

  /** How long a look for leftovers stays good enough when no session ended unclosed. */
  static final Duration SWEEP_INTERVAL = Duration.ofHours(1);

  private static final String LAST_SWEEP = "last-sweep";

  private final Path directory;

  SessionRegister(Path directory) {
    this.directory = directory;
  }

  /** Writes this session down; a killed process leaves its file behind for the next one to see. */
  void enter(String sessionId) {
    try {
      Files.createDirectories(directory);
      Files.write(directory.resolve(sessionId), new byte[0]);
    } catch (IOException e) {
      // Without the file the next session finds our leftovers by the hourly look instead.
    }
  }

  /** This session closed cleanly: nothing of it needs looking for. */
  void leave(String sessionId) {
    try {
      Files.deleteIfExists(directory.resolve(sessionId));
    } catch (IOException e) {
      // A file left behind only costs the next session one look for leftovers.
    }
  }

  /**
   * Whether the engine should be searched for leftovers now: a session ended without closing, or no
   * search ran for {@link #SWEEP_INTERVAL}, or the register cannot be read.
   */
  boolean sweepDue(Instant now, Optional<String> pidSpace) {
    Path stamp = directory.resolve(LAST_SWEEP);
    try {
      if (!Files.exists(stamp)
          || Files.getLastModifiedTime(stamp).toInstant().isBefore(now.minus(SWEEP_INTERVAL))) {
        return true;
      }
      return !ended(pidSpace).isEmpty();
    } catch (IOException e) {
      return true;
    }
  }

  /**
   * Notes a finished search: sessions that ended without closing are forgotten (their leftovers are
   * gone now), as are files older than {@code age}, whose resources the age rule removed.
   */
  void swept(Instant now, Optional<String> pidSpace, Duration age) {
    try {
      Files.createDirectories(directory);
      for (Path file : ended(pidSpace)) {
        Files.deleteIfExists(file);
      }
      try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
        for (Path file : files) {
          if (!file.getFileName().toString().equals(LAST_SWEEP)
              && Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(age))) {
            Files.deleteIfExists(file);
          }
        }
      }
      Path stamp = directory.resolve(LAST_SWEEP);
      Files.write(stamp, new byte[0]);
      Files.setLastModifiedTime(stamp, FileTime.from(now));
    } catch (IOException e) {
      // The next session searches again; nothing is lost but its time.
    }
  }

  /** Files of sessions in this pid space whose process is gone. */
  private List<Path> ended(Optional<String> pidSpace) throws IOException {
    List<Path> ended = new ArrayList<>();
    if (pidSpace.isEmpty() || !Files.isDirectory(directory)) {
      return ended;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
      for (Path file : files) {
        String session = file.getFileName().toString();
        if (pidSpace.equals(SessionResources.pidSpaceOf(session))
            && !SessionResources.processAlive(session)) {
          ended.add(file);
        }
      }
    }
    return ended;
  }
}
