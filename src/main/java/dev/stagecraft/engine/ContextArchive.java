package dev.stagecraft.engine;

import dev.stagecraft.dockerfile.DockerIgnore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Packs a build context the way the docker CLI does: {@code .dockerignore} applies (or {@code
 * <Dockerfile>.dockerignore} next to the Dockerfile, which wins), and the Dockerfile always goes
 * in, under a private name when it lives outside the context or is ignored.
 *
 * <p>One addition to the CLI's rules: a Dockerfile that lives outside the context brings the {@code
 * .dockerignore} of its own folder, which wins over the context's. That is how a course's reference
 * solution ({@code solutions/NN-slug/Dockerfile}, built in {@code exercises/NN-slug}) carries the
 * {@code .dockerignore} the learner is asked to write, without the starter getting it too.
 *
 * <p>The archive is written to a temporary file, never held in memory; it deletes itself on close.
 */
final class ContextArchive {

  /** The archive file and the path of the Dockerfile inside it. */
  record Packed(Path tarFile, String dockerfilePath) implements AutoCloseable {
    InputStream open() throws IOException {
      return Files.newInputStream(tarFile);
    }

    @Override
    public void close() {
      try {
        Files.deleteIfExists(tarFile);
      } catch (IOException ignored) {
        // A leftover temp file is harmless; the next build writes a new one.
      }
    }
  }

  private ContextArchive() {}

  static Packed pack(Path contextDir, Path dockerfile) throws IOException {
    Path context = contextDir.toAbsolutePath().normalize();
    Path file = dockerfile.toAbsolutePath().normalize();
    if (!Files.isDirectory(context)) {
      throw new IOException("the build context " + context + " is not a directory");
    }
    if (!Files.isRegularFile(file)) {
      throw new IOException("the Dockerfile " + file + " does not exist");
    }
    DockerIgnore ignore = ignoreRules(context, file, !file.startsWith(context));
    boolean insideAndKept = file.startsWith(context) && !ignore.excludes(relative(context, file));
    String dockerfilePath =
        insideAndKept ? relative(context, file) : ".stagecraft-dockerfile-" + UUID.randomUUID();

    Path tar = Files.createTempFile("stagecraft-context-", ".tar");
    try (OutputStream out = Files.newOutputStream(tar, StandardOpenOption.TRUNCATE_EXISTING);
        TarArchiveOutputStream archive = new TarArchiveOutputStream(out)) {
      archive.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      archive.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      Files.walkFileTree(context, new Packer(context, ignore, archive));
      if (!insideAndKept) {
        addFile(archive, file, dockerfilePath);
      }
      archive.finish();
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tar);
      throw e;
    }
    return new Packed(tar, dockerfilePath);
  }

  private static DockerIgnore ignoreRules(Path context, Path dockerfile, boolean outside)
      throws IOException {
    Optional<Path> file = ignoreFile(context, dockerfile, outside);
    return file.isPresent()
        ? DockerIgnore.parse(Files.readString(file.get()))
        : DockerIgnore.none();
  }

  /**
   * The file whose rules leave paths out of the context of {@code dockerfile} (see the class
   * comment), if there is one. Both builders follow it.
   */
  static Optional<Path> ignoreFile(Path contextDir, Path dockerfile) {
    Path context = contextDir.toAbsolutePath().normalize();
    Path file = dockerfile.toAbsolutePath().normalize();
    return ignoreFile(context, file, !file.startsWith(context));
  }

  private static Optional<Path> ignoreFile(Path context, Path dockerfile, boolean outside) {
    Path besideDockerfile = dockerfile.resolveSibling(dockerfile.getFileName() + ".dockerignore");
    // Only a Dockerfile outside the context brings its folder's .dockerignore: inside, that
    // folder's file is the context's own (or one the docker CLI would not read either).
    Path inDockerfileFolder =
        outside ? dockerfile.resolveSibling(".dockerignore") : besideDockerfile;
    Path inContext = context.resolve(".dockerignore");
    for (Path candidate : new Path[] {besideDockerfile, inDockerfileFolder, inContext}) {
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static String relative(Path context, Path path) {
    return context.relativize(path).toString().replace('\\', '/');
  }

  private static void addFile(TarArchiveOutputStream archive, Path file, String name)
      throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(Files.size(file));
    entry.setMode(0100644);
    archive.putArchiveEntry(entry);
    Files.copy(file, archive);
    archive.closeArchiveEntry();
  }

  private static final class Packer extends SimpleFileVisitor<Path> {
    private final Path context;
    private final DockerIgnore ignore;
    private final TarArchiveOutputStream archive;

    Packer(Path context, DockerIgnore ignore, TarArchiveOutputStream archive) {
      this.context = context;
      this.ignore = ignore;
      this.archive = archive;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
        throws IOException {
      if (dir.equals(context)) {
        return FileVisitResult.CONTINUE;
      }
      String name = relative(context, dir);
      if (ignore.excludes(name)) {
        return ignore.hasExceptions() ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
      }
      TarArchiveEntry entry = new TarArchiveEntry(name + "/");
      entry.setMode(040000 | mode(dir, 0755));
      entry.setModTime(attrs.lastModifiedTime());
      archive.putArchiveEntry(entry);
      archive.closeArchiveEntry();
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
      String name = relative(context, file);
      if (ignore.excludes(name)) {
        return FileVisitResult.CONTINUE;
      }
      if (attrs.isSymbolicLink()) {
        TarArchiveEntry entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
        entry.setLinkName(Files.readSymbolicLink(file).toString());
        archive.putArchiveEntry(entry);
        archive.closeArchiveEntry();
      } else if (attrs.isRegularFile()) {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(attrs.size());
        entry.setMode(0100000 | mode(file, 0644));
        entry.setModTime(attrs.lastModifiedTime());
        archive.putArchiveEntry(entry);
        Files.copy(file, archive);
        archive.closeArchiveEntry();
      }
      return FileVisitResult.CONTINUE;
    }

    private static int mode(Path path, int fallback) {
      if (!path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        return fallback;
      }
      try {
        Set<PosixFilePermission> perms =
            Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        int bits = 0;
        for (PosixFilePermission p : perms) {
          bits |= 1 << (8 - p.ordinal());
        }
        return bits;
      } catch (IOException e) {
        return fallback;
      }
    }
  }
}
