package dev.stagecraft.engine;

import java.time.Instant;
import java.util.Optional;

/**
 * What the engine says about one path in an image, without following a final symlink.
 *
 * @param name the base name
 * @param permissions the Unix permission bits, including setuid (04000), setgid (02000) and sticky
 *     (01000)
 * @param linkTarget the target when the path is a symlink, as the engine resolves it inside the
 *     image: an absolute path ("/usr/lib/os-release" for a link "../usr/lib/os-release")
 */
public record PathStat(
    String name,
    long size,
    FileType type,
    int permissions,
    Instant modTime,
    Optional<String> linkTarget) {

  /** True when anyone may execute the entry (a regular file with an x bit). */
  public boolean isExecutable() {
    return type == FileType.FILE && (permissions & 0111) != 0;
  }
}
