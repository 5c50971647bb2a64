package dev.stagecraft.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What one session's builds made, written down as the builds stream, so a session killed outright
 * (kill -9 mid-build) can be cleaned up by the next one. The classic builder labels only the final
 * image: the step images it commits before are known to nobody else. One file per session: a {@code
 * start} line per build (when, and the ids of the images its stages start FROM), a {@code made}
 * line per step image it committed, {@code done} when the build ended in this process. The file
 * goes when the session has removed what it made.
 */
final class BuildJournal {

  private final Path file;

  BuildJournal(Path directory, String sessionId) {
    this.file = directory.resolve(sessionId + ".journal");
  }

  /** The journals in {@code directory}, by session id. */
  static List<Path> all(Path directory) {
    try (var files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".journal")).toList();
    } catch (IOException absent) {
      return List.of();
    }
  }

  /** The session a journal file belongs to. */
  static String sessionOf(Path journal) {
    String name = journal.getFileName().toString();
    return name.substring(0, name.length() - ".journal".length());
  }

  void started(Set<String> baseImageIds) {
    append("start\t" + System.currentTimeMillis() + "\t" + String.join(",", baseImageIds));
  }

  void made(String imageId) {
    append("made\t" + imageId);
  }

  void ran(String containerId) {
    append("container\t" + containerId);
  }

  void done() {
    append("done");
  }

  /** Forgets this session's builds: what they made is removed, or kept as the build cache. */
  /** Whether a build this journal records did not end in its own process, or was broken off. */
  boolean hasUnfinishedBuild() {
    return Files.exists(file) && read(file).stream().anyMatch(build -> !build.finished());
  }

  void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A journal left behind only makes a later session look for images already gone.
    }
  }

  private synchronized void append(String line) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          line + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.WRITE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      // Without a journal a killed build's step images stay unknown; the build is not at fault.
    }
  }

  /**
   * One build as its journal tells it.
   *
   * @param startMillis when it started
   * @param baseImageIds the images its stages start FROM
   * @param made the step images it committed, oldest first
   * @param containers the containers the builder ran its steps in
   * @param finished whether it ended in its own process (not killed mid-build)
   */
  record Build(
      long startMillis,
      Set<String> baseImageIds,
      List<String> made,
      List<String> containers,
      boolean finished) {}

  /** The builds a journal file records; a line torn by a kill is skipped. */
  static List<Build> read(Path journal) {
    List<String> lines;
    try {
      lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return List.of();
    }
    List<Build> builds = new ArrayList<>();
    boolean open = false;
    long start = 0;
    Set<String> bases = Set.of();
    List<String> made = new ArrayList<>();
    List<String> containers = new ArrayList<>();
    for (String line : lines) {
      String[] parts = line.split("\t");
      if (parts[0].equals("start") && parts.length >= 2 && parts[1].matches("\\d+")) {
        if (open) {
          builds.add(new Build(start, bases, List.copyOf(made), List.copyOf(containers), false));
        }
        open = true;
        start = Long.parseLong(parts[1]);
        bases =
            parts.length > 2 && !parts[2].isBlank()
                ? Set.copyOf(List.of(parts[2].split(",")))
                : Set.of();
        made.clear();
        containers.clear();
      } else if (parts[0].equals("made") && parts.length == 2 && open) {
        made.add(parts[1]);
      } else if (parts[0].equals("container") && parts.length == 2 && open) {
        containers.add(parts[1]);
      } else if (parts[0].equals("done") && open) {
        builds.add(new Build(start, bases, List.copyOf(made), List.copyOf(containers), true));
        open = false;
      }
      // Anything else is a line cut short by the kill.
    }
    if (open) {
      builds.add(new Build(start, bases, List.copyOf(made), List.copyOf(containers), false));
    }
    return builds;
  }
}
