package dev.stagecraft.facts;

import dev.stagecraft.engine.EngineException;
import dev.stagecraft.engine.FileEntry;
import dev.stagecraft.engine.FileType;
import dev.stagecraft.engine.FilesystemVisitor;
import dev.stagecraft.engine.ImageFilesystem;
import dev.stagecraft.engine.PathStat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads only the paths a {@link FileScope} names, a few engine round trips each, instead of
 * streaming the whole image: on a gigabyte image built on a fat base, the checks that look at a few
 * paths (PATH directories, /etc/passwd, the package database) are answered in a fraction of a full
 * export. Each path is walked exactly as {@link FileIndex#resolvePath} walks it later, so the
 * partial index it builds holds every entry those lookups touch.
 *
 * <p>The engine's stat (a HEAD request, milliseconds) gives kind and link target, enough to pass
 * through a directory or a link; only the entries a lookup ends on are read with their owner (a GET
 * of one archive record), and PATH directories are listed whole.
 */
final class ScopedFilesReader {

  private final ImageFilesystem filesystem;

  /** Entries read with their owner. */
  private final Map<String, FileFact> facts = new HashMap<>();

  /** Entries known from a stat only. */
  private final Map<String, FileFact> passedThrough = new HashMap<>();

  /** Paths read with their owner, or found absent. */
  private final Set<String> looked = new HashSet<>();

  private final Set<String> listed = new HashSet<>();
  private final Map<String, CapturedFile> captured = new HashMap<>();

  ScopedFilesReader(ImageFilesystem filesystem) {
    this.filesystem = filesystem;
  }

  /**
   * Reads what the scope names and the content of the wanted files.
   *
   * @param pathDirectories the PATH directories of the image config
   * @param wellKnown files captured when a regular file is at exactly that path
   * @param requested files checks read, captured through links under the name asked for
   */
  ScopedFilesReader read(
      FileScope scope,
      List<String> pathDirectories,
      List<String> wellKnown,
      List<String> requested,
      int requestedCap)
      throws EngineException {
    try {
      if (scope.pathDirectories()) {
        pathDirectories.forEach(dir -> listDirectory(FileIndex.normalise(dir)));
      }
      scope.paths().forEach(this::readWithOwner);
      for (String path : wellKnown) {
        captureExact(FileIndex.normalise(path), FilesystemCollector.MAX_CAPTURED_BYTES);
      }
      for (String path : requested) {
        captureResolved(FileIndex.normalise(path), requestedCap);
      }
    } catch (EngineFailure failure) {
      throw failure.engineException;
    }
    return this;
  }

  FileIndex index() {
    return FileIndex.partial(facts.values(), passedThrough.values(), looked, listed);
  }

  Map<String, CapturedFile> captured() {
    return Map.copyOf(captured);
  }

  /**
   * Reads, with owners, both entries a check may ask about for a path: the path itself with its
   * parent directories followed (a link stays a link) and what it finally leads to.
   */
  private void readWithOwner(String path) {
    String parent = FileIndex.parentOf(path);
    Optional<String> realParent = path.equals("/") ? Optional.of("/") : resolve(parent);
    realParent.ifPresent(
        dir -> ownerOf(path.equals("/") ? "/" : join(dir, path.substring(parent.length()))));
    resolve(path).ifPresent(this::ownerOf);
  }

  /** Lists a PATH directory whole, then follows every link in it to wherever it leads. */
  private void listDirectory(String directory) {
    Optional<String> real = resolve(directory);
    if (real.isEmpty() || lookupOnTheWay(real.get()).kind() != FileKind.DIRECTORY) {
      return;
    }
    if (listed.add(real.get())) {
      engine(() -> filesystem.list(real.get(), recorder()));
    }
    for (FileFact child : index().children(real.get())) {
      if (child.kind() == FileKind.SYMLINK) {
        resolve(child.path());
      }
    }
  }

  /**
   * A well-known file is read when a regular file is at exactly that path, no link on the way,
   * which is what an export shows.
   */
  private void captureExact(String path, int cap) {
    String parent = FileIndex.parentOf(path);
    if (!resolve(parent).equals(Optional.of(parent))) {
      return;
    }
    FileFact fact = lookupOnTheWay(path);
    if (fact != null && fact.kind() == FileKind.FILE) {
      capture(path, fact, cap);
    }
  }

  /** A file a check asked for is read through links and kept under the name the check used. */
  private void captureResolved(String path, int cap) {
    if (captured.containsKey(path)) {
      return;
    }
    Optional<FileFact> target =
        resolve(path).map(this::lookupOnTheWay).filter(f -> f.kind() == FileKind.FILE);
    target.ifPresent(fact -> capture(path, fact, cap));
  }

  private void capture(String name, FileFact fact, int cap) {
    Optional<byte[]> bytes = engine(() -> filesystem.readFile(fact.path(), cap));
    bytes.ifPresent(
        b -> captured.put(name, new CapturedFile(name, b, b.length < fact.sizeBytes())));
  }

  private Optional<String> resolve(String path) {
    return FileIndex.walk(path, this::lookupOnTheWay);
  }

  /** The entry at a real path, read with its owner unless that is known already. */
  private void ownerOf(String path) {
    if (facts.containsKey(path) || looked.contains(path) || insideListed(path)) {
      return;
    }
    Optional<FileEntry> entry = engine(() -> filesystem.entry(path));
    looked.add(path);
    entry.ifPresent(e -> facts.put(path, FilesystemCollector.fact(e, path)));
  }

  /**
   * The kind and link target at a real path: known already, inside a listed directory, or a stat of
   * the engine.
   */
  private FileFact lookupOnTheWay(String path) {
    FileFact known = facts.get(path);
    if (known == null) {
      known = passedThrough.get(path);
    }
    if (known != null || looked.contains(path) || insideListed(path)) {
      return known;
    }
    Optional<PathStat> stat = engine(() -> filesystem.stat(path));
    if (stat.isEmpty()) {
      looked.add(path);
      return null;
    }
    FileFact fact = fromStat(path, stat.get());
    passedThrough.put(path, fact);
    return fact;
  }

  /** A stat carries no owner; a fact from it is only ever passed through, never shown. */
  private static FileFact fromStat(String path, PathStat stat) {
    FileKind kind =
        switch (stat.type()) {
          case FILE -> FileKind.FILE;
          case DIRECTORY -> FileKind.DIRECTORY;
          case SYMLINK -> FileKind.SYMLINK;
          default -> FileKind.OTHER;
        };
    return new FileFact(
        path,
        kind,
        stat.permissions(),
        -1,
        -1,
        stat.type() == FileType.FILE ? stat.size() : 0,
        stat.linkTarget());
  }

  private boolean insideListed(String path) {
    return FileIndex.isWithin(path, listed);
  }

  private FilesystemVisitor recorder() {
    return entry -> {
      String path = FileIndex.normalise(entry.path());
      facts.put(path, FilesystemCollector.fact(entry, path));
      return 0;
    };
  }

  private static String join(String dir, String slashName) {
    return dir.equals("/") ? slashName : dir + slashName;
  }

  /** An engine call inside a path walk, which takes a plain function. */
  private interface EngineCall<T> {
    T call() throws EngineException;
  }

  private static <T> T engine(EngineCall<T> call) {
    try {
      return call.call();
    } catch (EngineException e) {
      throw new EngineFailure(e);
    }
  }

  /** Carries an engine failure out of the path walk. */
  private static final class EngineFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient EngineException engineException;

    EngineFailure(EngineException cause) {
      super(cause);
      this.engineException = cause;
    }
  }
}
