package dev.stagecraft.facts;

import dev.stagecraft.engine.FileEntry;
import dev.stagecraft.engine.FileType;
import dev.stagecraft.engine.FilesystemVisitor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the streamed export of an image into a {@link FileIndex}, keeping the content of only the
 * few small files checks read.
 */
final class FilesystemCollector implements FilesystemVisitor {

  /** Package databases of big images reach a few MB; more than this is not worth holding. */
  static final int MAX_CAPTURED_BYTES = 8 * 1024 * 1024;

  private final Set<String> wanted;
  private final List<FileFact> files = new ArrayList<>();
  private final Map<String, CapturedFile> captured = new HashMap<>();

  FilesystemCollector(List<String> wanted) {
    this.wanted = Set.copyOf(wanted);
  }

  @Override
  public int visit(FileEntry entry) {
    files.add(
        new FileFact(
            entry.path(),
            kind(entry.type()),
            entry.permissions(),
            entry.uid(),
            entry.gid(),
            entry.size(),
            entry.linkTarget()));
    if (entry.type() == FileType.FILE && wanted.contains(FileIndex.normalise(entry.path()))) {
      return (int) Math.min(entry.size(), MAX_CAPTURED_BYTES);
    }
    return 0;
  }

  @Override
  public void content(FileEntry entry, byte[] bytes) {
    String path = FileIndex.normalise(entry.path());
    captured.put(path, new CapturedFile(path, bytes, bytes.length < entry.size()));
  }

  FileIndex index() {
    return FileIndex.of(files);
  }

  Map<String, CapturedFile> captured() {
    return Map.copyOf(captured);
  }

  private static FileKind kind(FileType type) {
    return switch (type) {
      case FILE -> FileKind.FILE;
      case DIRECTORY -> FileKind.DIRECTORY;
      case SYMLINK -> FileKind.SYMLINK;
      case HARDLINK -> FileKind.HARDLINK;
      default -> FileKind.OTHER;
    };
  }
}
