package dev.stagecraft.engine;

import java.util.Set;

/**
 * One header of one layer's tar, as saved by the engine: no content. Whiteouts keep their literal
 * names ({@code /etc/.wh.motd}, {@code /var/cache/.wh..wh..opq}); reading them is left to the
 * caller.
 *
 * @param path the absolute path in the layer, without a trailing slash
 * @param size the content size of a regular file, 0 otherwise
 * @param textsFound the searched-for texts this file's content holds (see {@link TextScanner});
 *     empty when nothing was searched for
 */
public record LayerEntry(String path, FileType type, long size, Set<String> textsFound) {

  public LayerEntry {
    textsFound = Set.copyOf(textsFound);
  }

  /** An entry whose content was not searched. */
  public LayerEntry(String path, FileType type, long size) {
    this(path, type, size, Set.of());
  }
}
