package dev.stagecraft.engine;

import java.util.Optional;

/**
 * One entry of an image's flattened filesystem, as read from the export stream.
 *
 * @param path the absolute path, without a trailing slash ("/" for the root)
 * @param permissions Unix permission bits including setuid, setgid and sticky
 * @param size the content size of a regular file, 0 otherwise
 * @param linkTarget the target of a symlink, or the path a hard link points to
 * @param capabilities the entry carries file capabilities (a {@code security.capability} xattr)
 */
public record FileEntry(
    String path,
    FileType type,
    int permissions,
    int uid,
    int gid,
    long size,
    Optional<String> linkTarget,
    boolean capabilities) {

  /** An entry without file capabilities. */
  public FileEntry(
      String path,
      FileType type,
      int permissions,
      int uid,
      int gid,
      long size,
      Optional<String> linkTarget) {
    this(path, type, permissions, uid, gid, size, linkTarget, false);
  }

  /** True for a regular file that anyone may execute. */
  public boolean isExecutable() {
    return type == FileType.FILE && (permissions & 0111) != 0;
  }
}
