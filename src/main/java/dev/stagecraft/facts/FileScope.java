package dev.stagecraft.facts;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The part of an image's filesystem a check reads. A check that looks at a few paths lets the facts
 * gatherer ask the engine for just those, instead of streaming a gigabyte of base image past the
 * grader; a check that scans everything (no source files anywhere, no setuid binaries) asks for the
 * whole filesystem.
 *
 * @param whole every path of the image
 * @param pathDirectories the directories of the image's PATH, with everything in them and wherever
 *     their links lead
 * @param paths paths the check looks up, links followed on the way
 */
public record FileScope(boolean whole, boolean pathDirectories, Set<String> paths) {

  public static final FileScope NONE = new FileScope(false, false, Set.of());
  public static final FileScope WHOLE = new FileScope(true, false, Set.of());
  public static final FileScope PATH_DIRECTORIES = new FileScope(false, true, Set.of());

  public FileScope {
    Set<String> normal = new LinkedHashSet<>();
    paths.forEach(p -> normal.add(FileIndex.normalise(p)));
    paths = Set.copyOf(normal);
  }

  public static FileScope paths(Iterable<String> paths) {
    Set<String> set = new LinkedHashSet<>();
    paths.forEach(set::add);
    return new FileScope(false, false, set);
  }

  /** What both scopes read. */
  public FileScope and(FileScope other) {
    Set<String> union = new LinkedHashSet<>(paths);
    union.addAll(other.paths);
    return new FileScope(whole || other.whole, pathDirectories || other.pathDirectories, union);
  }
}
