package dev.stagecraft.engine;

/**
 * One header of one layer's tar, as saved by the engine: no content. Whiteouts keep their literal
 * names ({@code /etc/.wh.motd}, {@code /var/cache/.wh..wh..opq}); reading them is left to the
 * caller.
 *
 * @param path the absolute path in the layer, without a trailing slash
 * @param size the content size of a regular file, 0 otherwise
 */
public record LayerEntry(String path, FileType type, long size) {}
