package dev.stagecraft.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/** Path arithmetic inside an image, and the tar-entry-to-{@link FileEntry} mapping. */
final class ImagePaths {

  private ImagePaths() {}

  /** The absolute, normalized form of a tar entry name: "./usr/bin/" becomes "/usr/bin". */
  static String absolute(String tarName) {
    return normalize("/" + tarName);
  }

  /** Normalizes "." and ".." and repeated slashes; ".." never climbs above "/". */
  static String normalize(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(part);
      }
    }
    return "/" + String.join("/", parts);
  }

  /** Where a symlink at {@code linkPath} pointing to {@code target} leads. */
  static String resolveLink(String linkPath, String target) {
    if (target.startsWith("/")) {
      return normalize(target);
    }
    String parent = normalize(linkPath);
    int slash = parent.lastIndexOf('/');
    return normalize(parent.substring(0, Math.max(slash, 0)) + "/" + target);
  }

  /** The directory holding {@code path}: "/usr" for "/usr/bin", "/" for "/usr" and "/". */
  static String parent(String path) {
    String normal = normalize(path);
    int slash = normal.lastIndexOf('/');
    return slash <= 0 ? "/" : normal.substring(0, slash);
  }

  static FileEntry fileEntry(TarArchiveEntry entry) {
    return fileEntry(entry, "/");
  }

  /**
   * The entry with its name taken relative to {@code root}: an export names paths from the image
   * root, the archive of /usr/bin names them "bin/gcc", relative to /usr. Hard link targets are
   * named the same way.
   */
  static FileEntry fileEntry(TarArchiveEntry entry, String root) {
    FileType type = typeOf(entry);
    Optional<String> link =
        switch (type) {
          case SYMLINK -> Optional.of(entry.getLinkName());
          case HARDLINK -> Optional.of(normalize(root + "/" + entry.getLinkName()));
          default -> Optional.empty();
        };
    return new FileEntry(
        normalize(root + "/" + entry.getName()),
        type,
        entry.getMode() & 07777,
        (int) entry.getLongUserId(),
        (int) entry.getLongGroupId(),
        type == FileType.FILE ? entry.getSize() : 0,
        link,
        entry.getExtraPaxHeaders().containsKey(CAPABILITY_HEADER));
  }

  /** How the engine's archives carry file capabilities (what setcap writes). */
  static final String CAPABILITY_HEADER = "SCHILY.xattr.security.capability";

  private static FileType typeOf(TarArchiveEntry entry) {
    if (entry.isDirectory()) {
      return FileType.DIRECTORY;
    }
    if (entry.isSymbolicLink()) {
      return FileType.SYMLINK;
    }
    if (entry.isLink()) {
      return FileType.HARDLINK;
    }
    if (entry.isCharacterDevice()) {
      return FileType.CHAR_DEVICE;
    }
    if (entry.isBlockDevice()) {
      return FileType.BLOCK_DEVICE;
    }
    if (entry.isFIFO()) {
      return FileType.FIFO;
    }
    if (entry.isFile()) {
      return FileType.FILE;
    }
    return FileType.OTHER;
  }
}
