package dev.stagecraft.classroom;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where one learner's work comes from: a folder, or a git repository at a branch or tag. */
public sealed interface SubmissionSource {

  /** The learner's name: the folder's or the repository's name. */
  String learner();

  /** A folder holding the learner's Dockerfiles. */
  record Folder(String learner, Path directory) implements SubmissionSource {}

  /**
   * A git repository, cloned shallow at {@code ref} (a branch or tag; the default branch when
   * empty).
   *
   * @param url a URL, an scp-like address (user@host:path) or a local path
   */
  record GitRepository(String learner, String url, Optional<String> ref)
      implements SubmissionSource {}

  /**
   * The source a command-line argument names: an existing folder; a URL or scp-like address; or
   * either followed by {@code @branch} or {@code @tag}.
   *
   * @throws IllegalArgumentException when it names nothing that exists, with what to give instead
   */
  static SubmissionSource parse(String argument) {
    // A folder that exists is a learner's, whatever its name holds (@SUM(1), bob@school).
    if (Files.isDirectory(Path.of(argument))) {
      Path directory = Path.of(argument).toAbsolutePath().normalize();
      return new Folder(name(directory), directory);
    }
    int at = argument.lastIndexOf('@');
    if (at > 0 && at < argument.length() - 1) {
      String base = argument.substring(0, at);
      String ref = argument.substring(at + 1);
      boolean plausibleRef = !ref.startsWith("-") && !ref.contains("..") && !base.endsWith("/");
      if (plausibleRef && isRepository(base)) {
        return new GitRepository(repositoryName(base), location(base), Optional.of(ref));
      }
    }
    if (isRemote(argument)) {
      return new GitRepository(repositoryName(argument), argument, Optional.empty());
    }
    throw new IllegalArgumentException(
        "No submission at "
            + argument
            + ": give a learner's folder, or a git repository (a path or URL, optionally"
            + " followed by @branch or @tag).");
  }

  private static boolean isRepository(String base) {
    return isRemote(base) || Files.isDirectory(Path.of(base));
  }

  private static boolean isRemote(String text) {
    return text.contains("://") || text.matches("[^@/:\\s]+@[^:/\\s]+:.+");
  }

  /** A local repository as a file:// URL: git clones a path without honouring --depth. */
  private static String location(String base) {
    return isRemote(base) ? base : Path.of(base).toAbsolutePath().normalize().toUri().toString();
  }

  private static String repositoryName(String location) {
    String trimmed = location.replaceAll("[/\\\\]+$", "");
    String last =
        trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':')) + 1);
    return last.endsWith(".git") ? last.substring(0, last.length() - 4) : last;
  }

  private static String name(Path directory) {
    Path file = directory.getFileName();
    return file == null ? directory.toString() : file.toString();
  }
}
