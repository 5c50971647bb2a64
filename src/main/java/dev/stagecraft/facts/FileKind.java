package dev.stagecraft.facts;

/** What a path in an image is, as its tar header says. */
public enum FileKind {
  FILE,
  DIRECTORY,
  SYMLINK,
  HARDLINK,
  OTHER
}
