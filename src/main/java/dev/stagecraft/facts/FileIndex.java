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
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Paths of an image's flattened filesystem, with symlinks resolved the way the kernel would resolve
 * them inside the container (absolute targets start at the image root).
 *
 * <p>An index is complete (every path of the image, from a full export) or partial (only the paths
 * a {@link FileScope} named, read one by one). A partial index refuses to answer for a path it was
 * not given rather than calling it absent, so a check that forgot to declare what it reads fails
 * loudly in tests instead of passing an image it never looked at.
 */
public final class FileIndex {

  /** Linux gives up after 40 links; so do we, which also ends symlink loops. */
  private static final int MAX_LINK_HOPS = 40;

  private final Map<String, FileFact> byPath;
  private final Optional<Coverage> coverage;

  /**
   * Entries of a partial index known only from a stat (kind and link target, no owner): the
   * directories and links a lookup passed through on its way to what it was after.
   */
  private final Map<String, FileFact> passedThrough;

  /**
   * What a partial index knows: each path in {@code looked} was looked up (present or absent), and
   * everything beneath each of {@code listed} is present if and only if the index holds it.
   */
  record Coverage(Set<String> looked, Set<String> listed) {
    Coverage {
      looked = Set.copyOf(looked);
      listed = Set.copyOf(listed);
    }

    boolean covers(String path) {
      return looked.contains(path) || listsAll(path);
    }

    /** True when the path is a listed directory or lies inside one. */
    boolean listsAll(String path) {
      return isWithin(path, listed);
    }
  }

  /** True when the path is one of the directories or lies inside one. */
  static boolean isWithin(String path, Set<String> directories) {
    for (String p = path; ; p = parentOf(p)) {
      if (directories.contains(p)) {
        return true;
      }
      if (p.equals("/")) {
        return false;
      }
    }
  }

  private FileIndex(
      Map<String, FileFact> byPath,
      Optional<Coverage> coverage,
      Map<String, FileFact> passedThrough) {
    this.byPath = byPath;
    this.coverage = coverage;
    this.passedThrough = passedThrough;
  }

  /**
   * A complete index, normalising every path to absolute form; later entries for the same path win,
   * as they do in a flattened export.
   */
  public static FileIndex of(Collection<FileFact> files) {
    return new FileIndex(byNormalPath(files), Optional.empty(), Map.of());
  }

  /**
   * A partial index of the paths that were looked up (present or absent) and the directories that
   * were listed whole, plus entries only passed through (see {@link #passedThrough}).
   */
  static FileIndex partial(
      Collection<FileFact> files,
      Collection<FileFact> passedThrough,
      Set<String> looked,
      Set<String> listed) {
    return new FileIndex(
        byNormalPath(files),
        Optional.of(new Coverage(looked, listed)),
        byNormalPath(passedThrough));
  }

  public static FileIndex empty() {
    return of(List.of());
  }

  private static Map<String, FileFact> byNormalPath(Collection<FileFact> files) {
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
                  file.linkTarget(),
                  file.capabilities()));
    }
    return Collections.unmodifiableMap(map);
  }

  /** True when this index holds every path of the image. */
  public boolean isComplete() {
    return coverage.isEmpty();
  }

  /** How many entries the index holds. */
  public int size() {
    return byPath.size();
  }

  /** Every entry; only a complete index has them all. */
  public Collection<FileFact> all() {
    requireComplete();
    return byPath.values();
  }

  /** The entry at exactly this path, links not followed. */
  public Optional<FileFact> entry(String path) {
    return Optional.ofNullable(lookup(normalise(path)));
  }

  /**
   * The entry a path leads to once every symlink on the way (in parent directories too) is
   * followed; empty when the path or a link target does not exist or links loop.
   */
  public Optional<FileFact> resolve(String path) {
    return resolvePath(path).map(this::lookup);
  }

  /**
   * The kind of entry a path leads to once links are followed, as {@code test -f} would see it;
   * unlike {@link #resolve} it needs no owner, so a partial index answers it for every path its
   * walks passed through.
   */
  public Optional<FileKind> resolveKind(String path) {
    return resolvePath(path).map(this::lookupOnTheWay).map(FileFact::kind);
  }

  /** The real path a path leads to (see {@link #resolve}). */
  public Optional<String> resolvePath(String path) {
    return walk(path, this::lookupOnTheWay);
  }

  /**
   * The walk behind {@link #resolvePath}, over any source of entries: the gatherer of a partial
   * index walks the engine with it, so the index later answers the very lookups it was built from.
   *
   * @param lookup the entry at an absolute, normalised path, or null when there is none
   */
  static Optional<String> walk(String path, Function<String, FileFact> lookup) {
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
      FileFact fact = lookup.apply(current);
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
   * The entries directly inside a directory (given by its real path), in path order. A partial
   * index answers only for a directory it listed.
   */
  public List<FileFact> children(String directory) {
    String dir = normalise(directory);
    if (coverage.isPresent() && !coverage.get().listsAll(dir)) {
      throw notGathered("the contents of " + dir);
    }
    return byPath.values().stream()
        .filter(f -> !f.path().equals("/") && parentOf(f.path()).equals(dir))
        .sorted((a, b) -> a.path().compareTo(b.path()))
        .toList();
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

  /** Entries matching a test, in path order; only a complete index can say. */
  public List<FileFact> find(Predicate<FileFact> test) {
    requireComplete();
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

  private FileFact lookup(String normalPath) {
    if (coverage.isPresent() && !coverage.get().covers(normalPath)) {
      throw notGathered(normalPath);
    }
    return byPath.get(normalPath);
  }

  /** A walk needs only the kind and link target of the directories and links it passes. */
  private FileFact lookupOnTheWay(String normalPath) {
    FileFact fact = byPath.get(normalPath);
    if (fact == null) {
      fact = passedThrough.get(normalPath);
    }
    return fact != null ? fact : lookup(normalPath);
  }

  private void requireComplete() {
    if (coverage.isPresent()) {
      throw new IllegalStateException(
          "Only some paths of this image were read; a check that scans every path must ask for"
              + " FileScope.WHOLE.");
    }
  }

  private static IllegalStateException notGathered(String path) {
    return new IllegalStateException(
        path
            + " was not read from the image; the check that needs it must name it in its"
            + " FileScope.");
  }

  /** "/usr/bin" for "/usr/bin/gcc", "/" for "/usr" and for "/". */
  static String parentOf(String normalPath) {
    int slash = normalPath.lastIndexOf('/');
    return slash <= 0 ? "/" : normalPath.substring(0, slash);
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
