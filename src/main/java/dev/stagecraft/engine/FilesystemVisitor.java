package dev.stagecraft.engine;

/**
 * Receives an image's filesystem entry by entry while it streams past, so no image is ever held in
 * memory. For a regular file the visitor may ask for the first bytes of its content.
 */
public interface FilesystemVisitor {

  /**
   * Sees one entry.
   *
   * @return how many bytes of this regular file's content to capture; 0 (the usual answer) for none
   */
  int visit(FileEntry entry);

  /**
   * Receives the content asked for by {@link #visit}: at most that many bytes, fewer when the file
   * is shorter.
   */
  default void content(FileEntry entry, byte[] bytes) {}
}
