package dev.stagecraft.engine.buildkit;

import dev.stagecraft.dockerfile.DockerIgnore;
import dev.stagecraft.engine.buildkit.wire.Stat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A directory the session serves to the engine under a name BuildKit asks for ({@code context},
 * {@code dockerfile}): the files of {@code root} that {@code ignore} keeps, plus {@code overlay}
 * files at the top that stand in for (or add to) what is on disk.
 *
 * <p>Entries come in the order fsutil walks a tree (names sorted byte-wise within each directory, a
 * directory's contents right after it): the receiver compares that order with its own copy.
 *
 * @param root the directory on disk, or empty for a directory made only of overlay files
 * @param ignore the build's {@code .dockerignore} rules; {@code .dockerignore} itself always goes
 * @param overlay top-level names served from other files, e.g. the Dockerfile as "Dockerfile"
 */
public record SyncedDir(Optional<Path> root, DockerIgnore ignore, Map<String, Path> overlay) {

  private static final int DIR = 1 << 31;
  private static final int SYMLINK = 1 << 27;
  private static final int SETUID = 1 << 23;
  private static final int SETGID = 1 << 22;
  private static final int STICKY = 1 << 20;

  public SyncedDir {
    overlay = Map.copyOf(overlay);
  }

  /** One entry to send: its stat, and the file its content comes from when it is regular. */
  record Entry(Stat stat, Optional<Path> file, boolean directory) {}

  /** The patterns BuildKit sent with its request: which paths it wants. */
  record Selection(List<String> include, List<String> exclude) {
    static final Selection ALL = new Selection(List.of(), List.of());
  }

  /** Every entry to send for {@code selection}, in walk order. */
  List<Entry> entries(Selection selection) throws IOException {
    Optional<DockerIgnore> include =
        selection.include().isEmpty()
            ? Optional.empty()
            : Optional.of(DockerIgnore.parse(String.join("\n", selection.include())));
    DockerIgnore exclude = DockerIgnore.parse(String.join("\n", selection.exclude()));
    List<Entry> walked = new ArrayList<>();
    List<Boolean> wanted = new ArrayList<>();
    walk(root.orElse(null), "", true, walked, wanted, include, exclude);
    // A wanted file brings the directories above it, as a tar of it would.
    Set<String> parents = new HashSet<>();
    for (int i = 0; i < walked.size(); i++) {
      if (wanted.get(i)) {
        String path = walked.get(i).stat().getPath();
        for (int slash = path.lastIndexOf('/');
            slash > 0;
            slash = path.lastIndexOf('/', slash - 1)) {
          parents.add(path.substring(0, slash));
        }
      }
    }
    List<Entry> kept = new ArrayList<>();
    for (int i = 0; i < walked.size(); i++) {
      if (wanted.get(i) || parents.contains(walked.get(i).stat().getPath())) {
        kept.add(walked.get(i));
      }
    }
    return kept;
  }

  private void walk(
      Path dir,
      String prefix,
      boolean top,
      List<Entry> walked,
      List<Boolean> wanted,
      Optional<DockerIgnore> include,
      DockerIgnore exclude)
      throws IOException {
    TreeMap<String, Path> children = new TreeMap<>(SyncedDir::compareBytes);
    if (dir != null) {
      try (var list = Files.list(dir)) {
        list.forEach(child -> children.put(child.getFileName().toString(), child));
      }
    }
    if (top) {
      children.putAll(overlay);
    }
    for (Map.Entry<String, Path> child : children.entrySet()) {
      String path = prefix + child.getKey();
      boolean ours = top && overlay.containsKey(child.getKey());
      boolean ignored = !ours && !path.equals(DockerIgnore.FILE_NAME) && ignore.excludes(path);
      boolean excluded = exclude.excludes(path);
      boolean included = include.map(rules -> rules.excludes(path)).orElse(true);
      PosixFileAttributes attributes =
          Files.readAttributes(
              child.getValue(),
              PosixFileAttributes.class,
              ours ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS});
      Stat.Builder stat =
          Stat.newBuilder()
              .setPath(path)
              .setModTime(
                  attributes.lastModifiedTime().toInstant().getEpochSecond() * 1_000_000_000L
                      + attributes.lastModifiedTime().toInstant().getNano());
      int mode = permissions(attributes.permissions());
      if (attributes.isSymbolicLink()) {
        stat.setMode(SYMLINK | 0777)
            .setLinkname(Files.readSymbolicLink(child.getValue()).toString());
      } else if (attributes.isDirectory()) {
        stat.setMode(DIR | mode);
      } else if (attributes.isRegularFile()) {
        stat.setMode(mode).setSize(attributes.size());
      } else {
        continue; // sockets, pipes and devices do not belong in a build context
      }
      boolean directory = attributes.isDirectory();
      walked.add(
          new Entry(
              stat.build(),
              attributes.isRegularFile() ? Optional.of(child.getValue()) : Optional.empty(),
              directory));
      wanted.add(!ignored && !excluded && included);
      boolean prunable =
          (ignored && !ignore.hasExceptions()) || (excluded && !exclude.hasExceptions());
      if (directory && !prunable) {
        walk(child.getValue(), path + "/", false, walked, wanted, include, exclude);
      }
    }
  }

  private static int permissions(Set<PosixFilePermission> permissions) {
    int bits = 0;
    for (PosixFilePermission p : permissions) {
      bits |= 1 << (8 - p.ordinal());
    }
    return bits & ~(SETUID | SETGID | STICKY);
  }

  /** Go compares strings byte by byte: UTF-8 order, not UTF-16's. */
  private static int compareBytes(String a, String b) {
    return java.util.Arrays.compareUnsigned(
        a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
