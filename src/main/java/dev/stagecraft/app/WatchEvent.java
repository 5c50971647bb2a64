package dev.stagecraft.app;

import java.nio.file.Path;

/**
 * What a watch loop reacts to, from every source on one queue: files saved, keys pressed, the
 * terminal resized, a check ending.
 */
public sealed interface WatchEvent {

  /** A file of the build context (or the Dockerfile) was written, created, renamed or removed. */
  record FileChanged(Path path) implements WatchEvent {}

  /** The learner asked for a check now (Enter). */
  record CheckRequested() implements WatchEvent {}

  /** The learner wants to leave the watch (q, Ctrl-C, end of input). */
  record LeaveRequested() implements WatchEvent {}

  /** The terminal changed size. */
  record Resized() implements WatchEvent {}

  /** The running check ended (posted by the loop itself). */
  record CheckFinished() implements WatchEvent {}
}
