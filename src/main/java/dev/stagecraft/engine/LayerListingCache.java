package dev.stagecraft.engine;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The file lists of large layers, kept on disk by the layer's diff id: the digest of its content,
 * so a list written once is right for as long as any image has that layer. A base image's layers
 * (the golang image's gigabyte) are then listed, and searched for texts, once per machine instead
 * of at every check that reads each layer. What texts were searched for is part of the key. The
 * least recently used lists go when the directory holds more than its cap.
 */
final class LayerListingCache {

  /** Smaller layers are read as quickly as a list is; caching them would only churn. */
  static final long SMALLEST_CACHED_BYTES = 4L * 1024 * 1024;

  private static final Pattern DIFF_ID = Pattern.compile("(?:sha256:)?([0-9a-f]{64})");
  private static final String HEADER = "stagecraft-layer-listing 1";

  private final Path directory;
  private final long capBytes;

  LayerListingCache(Path directory, long capBytes) {
    this.directory = directory;
    this.capBytes = capBytes;
  }

  /** A layer listed before: its tar's size in a save archive and its entries. */
  record Known(long tarBytes, List<LayerEntry> entries) {}

  /** The listing of layer {@code diffId} as searched by {@code scanner}, when one was kept. */
  Optional<Known> get(String diffId, TextScanner scanner) {
    Optional<Path> file = file(diffId, scanner);
    if (file.isEmpty() || !Files.isRegularFile(file.get())) {
      return Optional.empty();
    }
    List<String> texts = sorted(scanner);
    try (BufferedReader in = Files.newBufferedReader(file.get(), UTF_8)) {
      String[] header = in.readLine().split(" ");
      if (header.length != 3 || !(header[0] + " " + header[1]).equals(HEADER)) {
        return Optional.empty();
      }
      long tarBytes = Long.parseLong(header[2]);
      List<LayerEntry> entries = new ArrayList<>();
      String line;
      while ((line = in.readLine()) != null) {
        String[] parts = line.split("\t", -1);
        Set<String> found = new LinkedHashSet<>();
        if (!parts[3].isEmpty()) {
          for (String index : parts[3].split(",")) {
            found.add(texts.get(Integer.parseInt(index)));
          }
        }
        entries.add(
            new LayerEntry(
                unescape(parts[2]), FileType.valueOf(parts[0]), Long.parseLong(parts[1]), found));
      }
      Files.setLastModifiedTime(file.get(), FileTime.from(Instant.now()));
      return Optional.of(new Known(tarBytes, entries));
    } catch (IOException | RuntimeException unreadable) {
      // A list cut short or from another version: the layer is read from the engine instead.
      return Optional.empty();
    }
  }

  /** Keeps the listing of a layer whose tar is large enough to be worth it. */
  void put(String diffId, TextScanner scanner, long tarBytes, List<LayerEntry> entries) {
    Optional<Path> file = file(diffId, scanner);
    if (file.isEmpty() || tarBytes < SMALLEST_CACHED_BYTES || capBytes <= 0) {
      return;
    }
    List<String> texts = sorted(scanner);
    try {
      Files.createDirectories(directory);
      Path next =
          file.get().resolveSibling(file.get().getFileName() + "." + ProcessHandle.current().pid());
      try (BufferedWriter out = Files.newBufferedWriter(next, UTF_8)) {
        out.write(HEADER + " " + tarBytes + "\n");
        for (LayerEntry entry : entries) {
          List<String> found = new ArrayList<>();
          entry.textsFound().forEach(t -> found.add(Integer.toString(texts.indexOf(t))));
          out.write(
              entry.type()
                  + "\t"
                  + entry.size()
                  + "\t"
                  + escape(entry.path())
                  + "\t"
                  + String.join(",", found)
                  + "\n");
        }
      }
      Files.move(
          next, file.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      trim();
    } catch (IOException e) {
      // Without the list the next check reads the layer again; nothing is wrong, only slower.
    }
  }

  /** Removes every kept listing; returns how many. */
  int clear() {
    int removed = 0;
    for (Path file : files()) {
      try {
        removed += Files.deleteIfExists(file) ? 1 : 0;
      } catch (IOException e) {
        // Left for the next clean; a stale list is still a right one (its key is its content).
      }
    }
    return removed;
  }

  /** Bytes the kept listings take on disk. */
  long bytes() {
    long total = 0;
    for (Path file : files()) {
      try {
        total += Files.size(file);
      } catch (IOException gone) {
        // Removed by another process meanwhile.
      }
    }
    return total;
  }

  private void trim() throws IOException {
    List<Path> files = new ArrayList<>(files());
    long total = bytes();
    files.sort(Comparator.comparing(LayerListingCache::lastUsed));
    for (Path file : files) {
      if (total <= capBytes) {
        break;
      }
      long size = Files.size(file);
      if (Files.deleteIfExists(file)) {
        total -= size;
      }
    }
  }

  private static FileTime lastUsed(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException gone) {
      return FileTime.fromMillis(0);
    }
  }

  private List<Path> files() {
    List<Path> files = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return files;
    }
    try (DirectoryStream<Path> listed = Files.newDirectoryStream(directory, "*.layer")) {
      listed.forEach(files::add);
    } catch (IOException e) {
      // An unreadable directory holds nothing we can use.
    }
    return files;
  }

  /** The file for a diff id and a set of texts; none for an id that is not a sha256 digest. */
  private Optional<Path> file(String diffId, TextScanner scanner) {
    var digest = DIFF_ID.matcher(diffId);
    if (!digest.matches()) {
      return Optional.empty();
    }
    String texts = scanner.isEmpty() ? "none" : sha256(String.join("\n", sorted(scanner)), 6);
    return Optional.of(directory.resolve(digest.group(1) + "-" + texts + ".layer"));
  }

  private static List<String> sorted(TextScanner scanner) {
    return List.copyOf(new TreeSet<>(scanner.texts()));
  }

  private static String sha256(String text, int bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8));
      return HexFormat.of().formatHex(digest, 0, bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Paths may hold tabs, newlines and percent signs; the list is one entry a line. */
  static String escape(String path) {
    return path.replace("%", "%25").replace("\t", "%09").replace("\n", "%0A").replace("\r", "%0D");
  }

  static String unescape(String text) {
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%09", "\t").replace("%25", "%");
  }
}
