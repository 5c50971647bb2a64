package dev.stagecraft.app;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent.Kind;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Sees files change under a build context and, when given, a Dockerfile outside it. It watches
 * folders, not files: vim writes a new file and renames it over the old one, so a watch on the old
 * file would go quiet after the first save; VS Code truncates and rewrites in place. Folders
 * created later are watched as they appear. Skipped: anything under {@code .git}, {@code *.bak},
 * and the scratch files editors write while one types (vim's swap files, backups ending in {@code
 * ~}, Emacs' lock files), which are no save.
 */
public final class SourceWatcher implements AutoCloseable {

  /** What came of starting to watch. */
  public sealed interface Start {

    /** File events will arrive until {@link SourceWatcher#close()}. */
    record Watching(SourceWatcher watcher) implements Start {}

    /** File events cannot be had here; the front end falls back to "press Enter to check". */
    record NotAvailable(String reason) implements Start {}
  }

  /**
   * File systems that accept a watch but deliver no events for changes made elsewhere (network
   * shares, folders shared into a VM or WSL).
   */
  private static final Set<String> SILENT_FILE_SYSTEMS =
      Set.of("nfs", "nfs4", "cifs", "smb", "smb2", "smbfs", "9p", "fuse.sshfs", "drvfs", "vboxsf");

  private static final Kind<?>[] KINDS = {
    StandardWatchEventKinds.ENTRY_CREATE,
    StandardWatchEventKinds.ENTRY_MODIFY,
    StandardWatchEventKinds.ENTRY_DELETE
  };

  private final WatchService service;
  private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
  private final Path context;
  private final Optional<Path> outsideFile;
  private final Consumer<Path> changed;
  private final Thread thread;

  private SourceWatcher(
      WatchService service, Path context, Optional<Path> outsideFile, Consumer<Path> changed) {
    this.service = service;
    this.context = context;
    this.outsideFile = outsideFile;
    this.changed = changed;
    this.thread = new Thread(this::deliver, "stagecraft-watch");
    thread.setDaemon(true);
  }

  /**
   * Starts watching {@code context} (recursively) and {@code dockerfile} (when it lies outside the
   * context), reporting each changed path to {@code changed} on a thread of its own.
   */
  public static Start start(Path context, Path dockerfile, Consumer<Path> changed) {
    Path root = context.toAbsolutePath().normalize();
    Path file = dockerfile.toAbsolutePath().normalize();
    Optional<String> silent = silentFileSystem(root);
    if (silent.isPresent()) {
      return new Start.NotAvailable(
          root + " is on " + silent.get() + ", which does not report file changes");
    }
    WatchService service;
    try {
      service = FileSystems.getDefault().newWatchService();
    } catch (IOException | UnsupportedOperationException e) {
      return new Start.NotAvailable("this system cannot watch files (" + e.getMessage() + ")");
    }
    Optional<Path> outside = file.startsWith(root) ? Optional.empty() : Optional.of(file);
    SourceWatcher watcher = new SourceWatcher(service, root, outside, changed);
    try {
      watcher.registerTree(root);
      if (outside.isPresent()) {
        watcher.register(file.getParent());
      }
    } catch (IOException e) {
      watcher.close();
      return new Start.NotAvailable("cannot watch " + root + " (" + e.getMessage() + ")");
    }
    watcher.thread.start();
    return new Start.Watching(watcher);
  }

  /** Whether a changed path is worth a check: no VCS data, backups or editor scratch files. */
  static boolean worthACheck(Path relative) {
    for (Path part : relative) {
      if (part.toString().equals(".git")) {
        return false;
      }
    }
    Path last = relative.getFileName();
    if (last == null) {
      return true;
    }
    String name = last.toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return !(lower.endsWith(".bak")
        || lower.endsWith(".swp")
        || lower.endsWith(".swx")
        || name.endsWith("~")
        || name.equals("4913") // vim's probe that the folder is writable
        || name.startsWith(".#"));
  }

  private static Optional<String> silentFileSystem(Path root) {
    try {
      String type = Files.getFileStore(root).type().toLowerCase(Locale.ROOT);
      return SILENT_FILE_SYSTEMS.contains(type) ? Optional.of(type) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private void registerTree(Path root) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (!dir.equals(root) && !worthACheck(context.relativize(dir))) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            register(dir);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            // An unreadable folder in the context is not ours to watch; the build will say more.
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private void register(Path dir) throws IOException {
    folders.put(dir.register(service, KINDS), dir);
  }

  private void deliver() {
    try {
      while (true) {
        WatchKey key = service.take();
        Path dir = folders.get(key);
        for (java.nio.file.WatchEvent<?> event : key.pollEvents()) {
          if (dir == null) {
            continue;
          }
          if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
            // Too many events to list: something changed, which is all a check needs to know.
            changed.accept(dir);
            continue;
          }
          onEvent(dir, dir.resolve((Path) event.context()), event.kind());
        }
        if (!key.reset()) {
          folders.remove(key);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Closed: the watch is over.
    }
  }

  private void onEvent(Path dir, Path path, Kind<?> kind) {
    if (outsideFile.isPresent() && dir.equals(outsideFile.get().getParent())) {
      if (path.equals(outsideFile.get())) {
        changed.accept(path);
      }
      if (!dir.startsWith(context)) {
        return;
      }
    }
    if (!path.startsWith(context) || !worthACheck(context.relativize(path))) {
      return;
    }
    if (kind == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
      try {
        registerTree(path);
      } catch (IOException e) {
        // Gone again, or unreadable: nothing in it to watch.
      }
    }
    changed.accept(path);
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      // The service is closed as far as this watch cares.
    }
    thread.interrupt();
  }
}
