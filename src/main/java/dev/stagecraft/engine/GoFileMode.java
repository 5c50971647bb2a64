package dev.stagecraft.engine;

/**
 * Decodes Go's {@code os.FileMode} bits, which the engine puts in the path-stat header: the type
 * lives in the high bits and setuid/setgid/sticky are not where Unix keeps them.
 */
final class GoFileMode {

  private static final long DIR = 1L << 31;
  private static final long SYMLINK = 1L << 27;
  private static final long DEVICE = 1L << 26;
  private static final long NAMED_PIPE = 1L << 25;
  private static final long SOCKET = 1L << 24;
  private static final long SETUID = 1L << 23;
  private static final long SETGID = 1L << 22;
  private static final long CHAR_DEVICE = 1L << 21;
  private static final long STICKY = 1L << 20;
  private static final long IRREGULAR = 1L << 19;

  private GoFileMode() {}

  static FileType type(long mode) {
    if ((mode & DIR) != 0) {
      return FileType.DIRECTORY;
    }
    if ((mode & SYMLINK) != 0) {
      return FileType.SYMLINK;
    }
    if ((mode & DEVICE) != 0) {
      return (mode & CHAR_DEVICE) != 0 ? FileType.CHAR_DEVICE : FileType.BLOCK_DEVICE;
    }
    if ((mode & NAMED_PIPE) != 0) {
      return FileType.FIFO;
    }
    if ((mode & SOCKET) != 0) {
      return FileType.SOCKET;
    }
    if ((mode & IRREGULAR) != 0) {
      return FileType.OTHER;
    }
    return FileType.FILE;
  }

  /** The Unix permission bits (07777) of a Go mode. */
  static int unixPermissions(long mode) {
    int bits = (int) (mode & 0777);
    if ((mode & SETUID) != 0) {
      bits |= 04000;
    }
    if ((mode & SETGID) != 0) {
      bits |= 02000;
    }
    if ((mode & STICKY) != 0) {
      bits |= 01000;
    }
    return bits;
  }
}
