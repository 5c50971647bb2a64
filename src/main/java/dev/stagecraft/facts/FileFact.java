package dev.stagecraft.facts;

import java.util.Optional;

/**
 * One path of the final image's flattened filesystem.
 *
 * @param path absolute, normalised path ("/usr/bin/gcc")
 * @param mode permission bits including setuid/setgid/sticky (e.g. 04755)
 * @param linkTarget for symlinks and hard links, what they point at, as written in the image
 * @param capabilities true when the file carries Linux file capabilities (the {@code
 *     security.capability} attribute that {@code setcap} writes): like setuid, a way for an
 *     unprivileged process to gain privileges by running it
 */
public record FileFact(
    String path,
    FileKind kind,
    int mode,
    int uid,
    int gid,
    long sizeBytes,
    Optional<String> linkTarget,
    boolean capabilities) {

  /** A path without file capabilities. */
  public FileFact(
      String path,
      FileKind kind,
      int mode,
      int uid,
      int gid,
      long sizeBytes,
      Optional<String> linkTarget) {
    this(path, kind, mode, uid, gid, sizeBytes, linkTarget, false);
  }

  /** True when the set-user-id or set-group-id bit is set on a regular file. */
  public boolean isSetuidOrSetgid() {
    return kind == FileKind.FILE && (mode & 06000) != 0;
  }

  /** True when anyone may execute it. */
  public boolean isExecutable() {
    return (mode & 0111) != 0;
  }
}
