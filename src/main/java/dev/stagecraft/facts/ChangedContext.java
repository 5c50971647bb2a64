package dev.stagecraft.facts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary copy of a build context with one {@link ContextChange} applied, so a check can see
 * how the Dockerfile builds after an edit without touching the learner's folder. Files keep their
 * permission bits (the classic builder's cache key for COPY hashes names, modes and content, not
 * times), so an unchanged file copies to a cache hit. The copy is deleted on close.
 */
final class ChangedContext implements AutoCloseable {

  private final Path root;
  private final Path dockerfile;

  private ChangedContext(Path root, Path dockerfile) {
    this.root = root;
    this.dockerfile = dockerfile;
  }

  /**
   * Copies {@code contextDir} and applies {@code change}. A Dockerfile inside the context is taken
   * from the copy; one outside it is used where it is.
   *
   * @throws IOException when the context cannot be copied, or the changed file is not a regular
   *     file inside it
   */
  static ChangedContext of(Path contextDir, Path dockerfile, ContextChange change)
      throws IOException {
    Path context = contextDir.toAbsolutePath().normalize();
    Path target = context.resolve(change.file()).normalize();
    if (!target.startsWith(context) || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(change.file() + " is not a file of the build context " + context);
    }
    Path root = Files.createTempDirectory("stagecraft-changed-context-");
    ChangedContext copy = new ChangedContext(root, inCopy(context, dockerfile, root));
    try {
      Files.walkFileTree(context, new Copier(context, root));
      Files.writeString(
          root.resolve(context.relativize(target)),
          change.append() + uniqueBlankLine(),
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
    } catch (IOException | RuntimeException e) {
      copy.close();
      throw e;
    }
    return copy;
  }

  /**
   * A line of spaces and tabs no other build has seen: the build cache outlives sessions, and a
   * changed file the same as one an earlier session built would come from the cache, as if the
   * change never reached the build. Every language ignores a blank line.
   */
  private static String uniqueBlankLine() {
    long nonce = System.nanoTime() ^ java.util.concurrent.ThreadLocalRandom.current().nextLong();
    StringBuilder line = new StringBuilder(65);
    for (int bit = 0; bit < 64; bit++) {
      line.append((nonce >>> bit & 1) == 0 ? ' ' : '\t');
    }
    return line.append('\n').toString();
  }

  private static Path inCopy(Path context, Path dockerfile, Path root) {
    Path file = dockerfile.toAbsolutePath().normalize();
    return file.startsWith(context) ? root.resolve(context.relativize(file)) : file;
  }

  Path contextDir() {
    return root;
  }

  Path dockerfile() {
    return dockerfile;
  }

  @Override
  public void close() {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(ChangedContext::deleteQuietly);
    } catch (IOException ignored) {
      // A leftover temporary folder is harmless.
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // Best effort, as above.
    }
  }

  private static final class Copier extends SimpleFileVisitor<Path> {
    private final Path from;
    private final Path to;

    Copier(Path from, Path to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
        throws IOException {
      Path copy = to.resolve(from.relativize(dir));
      if (!dir.equals(from)) {
        Files.copy(dir, copy, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
      Files.copy(
          file,
          to.resolve(from.relativize(file)),
          StandardCopyOption.COPY_ATTRIBUTES,
          LinkOption.NOFOLLOW_LINKS);
      return FileVisitResult.CONTINUE;
    }
  }
}
