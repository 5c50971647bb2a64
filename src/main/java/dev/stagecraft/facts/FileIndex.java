package dev.stagecraft.facts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every path of an image's flattened filesystem, with symlinks resolved the way the kernel would
 * resolve them inside the container (absolute targets start at the image root).
 */
public final class FileIndex {

  /** Linux gives up after 40 links; so do we, which also ends symlink loops. */
  private static final int MAX_LINK_HOPS = 40;

  private final Map<String, FileFact> byPath;

  private FileIndex(Map<String, FileFact> byPath) {
    this.byPath = byPath;
  }

  /**
   * Builds an index, normalising every path to absolute form; later entries for the same path win,
   * as they do in a flattened export.
   */
  public static FileIndex of(Collection<FileFact> files) {
    Map<String, FileFact> map = new HashMap<>(files.size() * 2);
    for (FileFact file : files) {
      String path = normalise(file.path());
      map.put(
          path,
          path.equals(file.path())
              ? file
              : new FileFact(
                  path,
                  file.kind(),
                  file.mode(),
                  file.uid(),
                  file.gid(),
                  file.sizeBytes(),
                  file.linkTarget()));
    }
    return new FileIndex(Collections.unmodifiableMap(map));
  }

  public static FileIndex empty() {
    return new FileIndex(Map.of());
  }

  public int size() {
    return byPath.size();
  }

  public Collection<FileFact> all() {
    return byPath.values();
  }

  /** The entry at exactly this path, links not followed. */
  public Optional<FileFact> entry(String path) {
    return Optional.ofNullable(byPath.get(normalise(path)));
  }

  /**
   * The entry a path leads to once every symlink on the way (in parent directories too) is
   * followed; empty when the path or a link target does not exist or links loop.
   */
  public Optional<FileFact> resolve(String path) {
    return resolvePath(path).map(byPath::get);
  }

  /** The real path a path leads to (see {@link #resolve}). */
  public Optional<String> resolvePath(String path) {
    Deque<String> pending = new ArrayDeque<>(segments(normalise(path)));
    List<String> resolved = new ArrayList<>();
    int hops = 0;
    while (!pending.isEmpty()) {
      String segment = pending.pollFirst();
      if (segment.equals("..")) {
        if (!resolved.isEmpty()) {
          resolved.remove(resolved.size() - 1);
        }
        continue;
      }
      if (segment.equals(".") || segment.isEmpty()) {
        continue;
      }
      resolved.add(segment);
      String current = "/" + String.join("/", resolved);
      FileFact fact = byPath.get(current);
      if (fact == null) {
        return Optional.empty();
      }
      if (fact.kind() == FileKind.SYMLINK && fact.linkTarget().isPresent()) {
        if (++hops > MAX_LINK_HOPS) {
          return Optional.empty();
        }
        String target = fact.linkTarget().get();
        resolved.remove(resolved.size() - 1);
        if (target.startsWith("/")) {
          resolved.clear();
        }
        List<String> targetSegments = segments(target);
        for (int i = targetSegments.size() - 1; i >= 0; i--) {
          pending.addFirst(targetSegments.get(i));
        }
      } else if (fact.kind() == FileKind.HARDLINK && fact.linkTarget().isPresent()) {
        // A hard link names another archive entry with the same content: treat it as that entry.
        resolved.clear();
        List<String> targetSegments = segments(normalise(fact.linkTarget().get()));
        for (int i = targetSegments.size() - 1; i >= 0; i--) {
          pending.addFirst(targetSegments.get(i));
        }
        hops++;
      }
    }
    return Optional.of(resolved.isEmpty() ? "/" : "/" + String.join("/", resolved));
  }

  /**
   * The entry at a path whose parent directories are followed through links but whose last part is
   * not, like {@code lstat}: a link itself, rather than what it points at.
   */
  public Optional<FileFact> resolveParents(String path) {
    String normal = normalise(path);
    int slash = normal.lastIndexOf('/');
    if (normal.equals("/") || slash == 0) {
      return entry(normal);
    }
    return resolvePath(normal.substring(0, slash))
        .flatMap(parent -> entry(parent + normal.substring(slash)));
  }

  /** True when the path exists after following links. */
  public boolean exists(String path) {
    return resolve(path).isPresent();
  }

  /** Entries matching a test, in path order. */
  public List<FileFact> find(Predicate<FileFact> test) {
    return byPath.values().stream()
        .filter(test)
        .sorted((a, b) -> a.path().compareTo(b.path()))
        .toList();
  }

  /** "/a/b/", "a/b", "./a/b" all become "/a/b"; the root is "/". */
  public static String normalise(String path) {
    String p = path;
    if (p.startsWith("./")) {
      p = p.substring(1);
    }
    if (!p.startsWith("/")) {
      p = "/" + p;
    }
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  private static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    for (String s : path.split("/")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
