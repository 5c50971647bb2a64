package dev.stagecraft.engine;

/** The kind of a filesystem entry in an image. */
public enum FileType {
  FILE,
  DIRECTORY,
  SYMLINK,
  HARDLINK,
  CHAR_DEVICE,
  BLOCK_DEVICE,
  FIFO,
  SOCKET,
  OTHER
}
