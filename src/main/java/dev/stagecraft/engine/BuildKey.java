package dev.stagecraft.engine;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.stagecraft.dockerfile.DockerIgnore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A digest of everything an image built from a Dockerfile depends on, as Docker's own cache decides
 * it: the same key means a warm {@code docker build} would give back the very same image.
 *
 * <p>The context is read the way a build sends it ({@link ContextArchive}'s {@code .dockerignore}
 * rules, for both builders), and each file counts by its relative path, permission bits and
 * content, never its modification time: Docker's cache ignores times too, so a {@code touch} keeps
 * the key and an edit of the same size changes it.
 */
public final class BuildKey {

  /** A context larger than this is not hashed at every check: it is simply built. */
  static final long MAX_CONTEXT_BYTES = 256L * 1024 * 1024;

  /**
   * What goes into the key besides the files.
   *
   * @param engine the engine's identity (its address and own id)
   * @param builder {@code classic} or {@code buildkit}: they make different images of one file
   * @param target the stage built, empty for the last
   * @param buildArgs values for ARG instructions
   * @param contextDir the build context
   * @param dockerfile the Dockerfile, inside or outside the context
   * @param images every external image the build reads (FROM, COPY --from, RUN --mount from), with
   *     the id the engine resolves it to now
   */
  public record Inputs(
      String engine,
      String builder,
      Optional<String> target,
      Map<String, String> buildArgs,
      Path contextDir,
      Path dockerfile,
      Map<String, String> images) {

    public Inputs {
      target = target.filter(t -> !t.isBlank());
      buildArgs = new TreeMap<>(buildArgs);
      images = new TreeMap<>(images);
    }
  }

  private BuildKey() {}

  /** The key, or empty when a file cannot be read or the context is too large to hash. */
  public static Optional<String> of(Inputs inputs) {
    try {
      Hasher hash = new Hasher();
      hash.field("engine", inputs.engine());
      hash.field("builder", inputs.builder());
      hash.field("target", inputs.target().orElse(""));
      inputs.buildArgs().forEach((name, value) -> hash.field("arg " + name, value));
      inputs.images().forEach((name, id) -> hash.field("image " + name, id));
      Path context = inputs.contextDir().toAbsolutePath().normalize();
      Path dockerfile = inputs.dockerfile().toAbsolutePath().normalize();
      hash.field("dockerfile", HexFormat.of().formatHex(contentDigest(dockerfile)));
      Optional<Path> ignoreFile = ContextArchive.ignoreFile(context, dockerfile);
      DockerIgnore ignore = DockerIgnore.none();
      if (ignoreFile.isPresent()) {
        // The rules decide what the build sees, and BuildKit sends the file itself as well.
        String rules = Files.readString(ignoreFile.get());
        hash.field("dockerignore", rules);
        ignore = DockerIgnore.parse(rules);
      }
      if (!Files.isDirectory(context)) {
        return Optional.empty();
      }
      new ContextWalk(context, ignore, hash).walk(context);
      return Optional.of(hash.hex());
    } catch (IOException | UncheckedIOException | TooLarge e) {
      return Optional.empty();
    }
  }

  private static byte[] contentDigest(Path file) throws IOException {
    MessageDigest digest = sha256();
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      byte[] buffer = new byte[64 * 1024];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
    }
    return digest.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Thrown when the context holds more than {@link #MAX_CONTEXT_BYTES}. */
  private static final class TooLarge extends Exception {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super(null, null, false, false);
    }
  }

  /** Feeds named fields, each length-prefixed so no two different inputs read the same. */
  private static final class Hasher {
    private final MessageDigest digest = sha256();

    void field(String name, String value) {
      byte[] bytes = (name + "=" + value).getBytes(UTF_8);
      digest.update(Integer.toString(bytes.length).getBytes(UTF_8));
      digest.update((byte) ':');
      digest.update(bytes);
    }

    String hex() {
      return HexFormat.of().formatHex(digest.digest());
    }
  }

  /**
   * The context's entries in a fixed (sorted) order, pruned the way {@link ContextArchive} prunes
   * them: an excluded folder is skipped whole unless an exception pattern may bring files back.
   */
  private static final class ContextWalk {
    private final Path context;
    private final DockerIgnore ignore;
    private final Hasher hash;
    private long bytes;

    ContextWalk(Path context, DockerIgnore ignore, Hasher hash) {
      this.context = context;
      this.ignore = ignore;
      this.hash = hash;
    }

    void walk(Path dir) throws IOException, TooLarge {
      SortedMap<String, Path> children = new TreeMap<>();
      try (Stream<Path> list = Files.list(dir)) {
        list.forEach(child -> children.put(child.getFileName().toString(), child));
      }
      for (Path child : children.values()) {
        String name = context.relativize(child).toString().replace('\\', '/');
        boolean excluded = ignore.excludes(name);
        BasicFileAttributes attributes =
            Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isDirectory()) {
          if (!excluded) {
            hash.field("dir " + name, mode(child));
          }
          if (!excluded || ignore.hasExceptions()) {
            walk(child);
          }
        } else if (excluded) {
          continue;
        } else if (attributes.isSymbolicLink()) {
          hash.field("link " + name, Files.readSymbolicLink(child).toString());
        } else if (attributes.isRegularFile()) {
          bytes += attributes.size();
          if (bytes > MAX_CONTEXT_BYTES) {
            throw new TooLarge();
          }
          hash.field(
              "file " + name, mode(child) + " " + HexFormat.of().formatHex(contentDigest(child)));
        }
        // Sockets, pipes and devices never go into a build context.
      }
    }

    /** Permission bits, as the context sends them (both builders keep them in the image). */
    private static String mode(Path path) throws IOException {
      if (!path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        return "default";
      }
      Set<PosixFilePermission> permissions =
          Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
      int bits = 0;
      for (PosixFilePermission p : permissions) {
        bits |= 1 << (8 - p.ordinal());
      }
      return Integer.toOctalString(bits);
    }
  }
}
