package dev.stagecraft.facts;

import dev.stagecraft.engine.FileEntry;
import dev.stagecraft.engine.FileType;
import dev.stagecraft.engine.FilesystemVisitor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the streamed export of an image into a {@link FileIndex}, keeping the content of only the
 * few small files checks read.
 */
final class FilesystemCollector implements FilesystemVisitor {

  /** Package databases of big images reach a few MB; more than this is not worth holding. */
  static final int MAX_CAPTURED_BYTES = 8 * 1024 * 1024;

  /** Bytes to capture of each wanted path; the well-known files get the larger cap. */
  private final Map<String, Integer> wanted = new HashMap<>();

  private final List<FileFact> files = new ArrayList<>();
  private final Map<String, CapturedFile> captured = new HashMap<>();

  FilesystemCollector(List<String> wellKnown) {
    this(wellKnown, List.of(), 0);
  }

  /**
   * @param requested paths checks asked for, captured up to {@code requestedCap} bytes each
   */
  FilesystemCollector(List<String> wellKnown, List<String> requested, int requestedCap) {
    for (String path : requested) {
      wanted.put(FileIndex.normalise(path), requestedCap);
    }
    for (String path : wellKnown) {
      wanted.put(FileIndex.normalise(path), MAX_CAPTURED_BYTES);
    }
  }

  @Override
  public int visit(FileEntry entry) {
    files.add(fact(entry, entry.path()));
    Integer cap = wanted.get(FileIndex.normalise(entry.path()));
    if (entry.type() == FileType.FILE && cap != null) {
      return (int) Math.min(entry.size(), cap);
    }
    return 0;
  }

  @Override
  public void content(FileEntry entry, byte[] bytes) {
    String path = FileIndex.normalise(entry.path());
    captured.put(path, new CapturedFile(path, bytes, bytes.length < entry.size()));
  }

  /** Content read some other way, e.g. through a link the export cannot follow. */
  void add(CapturedFile file) {
    captured.put(file.path(), file);
  }

  boolean hasCaptured(String path) {
    return captured.containsKey(FileIndex.normalise(path));
  }

  FileIndex index() {
    return FileIndex.of(files);
  }

  Map<String, CapturedFile> captured() {
    return Map.copyOf(captured);
  }

  /** The fact an entry of the engine's archive gives, under {@code path}. */
  static FileFact fact(FileEntry entry, String path) {
    return new FileFact(
        path,
        kind(entry.type()),
        entry.permissions(),
        entry.uid(),
        entry.gid(),
        entry.size(),
        entry.linkTarget(),
        entry.capabilities());
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
