package dev.stagecraft.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Image;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The step images stagecraft's builds commit, kept across sessions as Docker keeps its own build
 * cache, so a check from a shell reuses the compile of the last one. The classic builder labels
 * only the final image, so the step images are known by a ledger on disk: one line per image id and
 * when a build last made or reused it, appended as the build streams (a process killed mid-build
 * has already written down what it made). When a session ends, the least recently used images go
 * until what the ledger holds fits the cap; {@link #clear} empties it.
 */
final class BuildCache {

  private final Path ledger;

  /** Held while the ledger is appended to or rewritten, by this process or another. */
  private final Path lockFile;

  private final long capBytes;

  /**
   * What the cache weighed when last weighed, plus what kept images of known size added since: a
   * growth that still fits the cap needs no weighing, which lists every image of the engine.
   */
  private final Path weight;

  /**
   * Own bytes of images known better than by their parent: BuildKit's images have no parent, so
   * their whole size (base layers included) would count; a kept image knows what its steps added.
   */
  private volatile Supplier<Map<String, Long>> knownOwnBytes = Map::of;

  BuildCache(Path ledger, long capBytes) {
    this.ledger = ledger;
    this.lockFile = ledger.resolveSibling(ledger.getFileName() + ".lock");
    this.weight = ledger.resolveSibling(ledger.getFileName() + ".weight");
    this.capBytes = capBytes;
  }

  private FileChannel openLock() throws IOException {
    Files.createDirectories(ledger.getParent());
    return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
  }

  /** Where the own bytes of parentless images come from (see {@link #knownOwnBytes}). */
  void knowOwnBytes(Supplier<Map<String, Long>> source) {
    knownOwnBytes = source;
  }

  long capBytes() {
    return capBytes;
  }

  /** Notes that a build made or reused these step images now. */
  synchronized void record(List<String> imageIds) {
    if (imageIds.isEmpty()) {
      return;
    }
    StringBuilder lines = new StringBuilder();
    long now = System.currentTimeMillis();
    imageIds.forEach(id -> lines.append(id).append('\t').append(now).append('\n'));
    try (FileChannel lockChannel = openLock()) {
      lockChannel.lock(); // released when the channel closes
      Files.writeString(
          ledger,
          lines,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.WRITE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      // Without a ledger the images stay unknown to us; the build itself is not at fault.
    }
  }

  /** What the cache holds now: images that still exist and their own bytes. */
  BuildCacheSummary summary(DockerClient client) {
    List<CachedImage> cached = cachedImages(client, read(), knownOwnBytes.get());
    long bytes = cached.stream().mapToLong(CachedImage::ownBytes).sum();
    return new BuildCacheSummary(cached.size(), bytes, capBytes, ledger);
  }

  /**
   * Removes the least recently used images until the rest fit the cap, and forgets images that are
   * gone. An image another image builds on cannot be removed; it stays until its children go.
   */
  int evict(DockerClient client) {
    return rewrite(client, capBytes);
  }

  /**
   * Whether {@code addedBytes} more still fit the cap by the last weighing (and what was added
   * since); if so, the addition is noted and no eviction is needed. False when the cache was never
   * weighed here: then {@link #evict} weighs it.
   */
  synchronized boolean fitsWith(long addedBytes) {
    try (FileChannel lockChannel = openLock()) {
      lockChannel.lock(); // released when the channel closes
      long known = Long.parseLong(Files.readString(weight).strip());
      if (known < 0 || addedBytes < 0 || known + addedBytes > capBytes) {
        return false;
      }
      writeWeight(known + addedBytes);
      return true;
    } catch (IOException | NumberFormatException unknown) {
      return false;
    }
  }

  private void writeWeight(long bytes) throws IOException {
    Path next = weight.resolveSibling(weight.getFileName() + ".next");
    Files.writeString(next, Long.toString(bytes));
    Files.move(next, weight, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Removes every image the ledger knows (that nothing else uses) and empties it. */
  int clear(DockerClient client) {
    return rewrite(client, -1);
  }

  private synchronized int rewrite(DockerClient client, long keepBytes) {
    if (!Files.exists(ledger)) {
      return 0;
    }
    try (FileChannel lockChannel = openLock()) {
      lockChannel.lock(); // released when the channel closes
      List<CachedImage> cached = new ArrayList<>(cachedImages(client, read(), knownOwnBytes.get()));
      long total = cached.stream().mapToLong(CachedImage::ownBytes).sum();
      // Oldest use first; among images used together, the newest first, so children go before
      // the parents they sit on.
      cached.sort(
          Comparator.comparingLong(CachedImage::lastUsedMillis)
              .thenComparing(CachedImage::createdSeconds, Comparator.reverseOrder()));
      int removed = 0;
      List<CachedImage> kept = new ArrayList<>(cached);
      // An image another one builds on refuses to go; another pass takes it once its children went.
      boolean progress = true;
      while (progress && total > keepBytes) {
        progress = false;
        for (CachedImage image : List.copyOf(kept)) {
          if (total <= keepBytes) {
            break;
          }
          Removal removal = removeUnused(client, image.id());
          if (removal != Removal.IN_USE) {
            total -= image.ownBytes();
            kept.remove(image);
            removed += removal == Removal.REMOVED ? 1 : 0;
            progress = true;
          }
        }
      }
      StringBuilder lines = new StringBuilder();
      kept.forEach(i -> lines.append(i.id()).append('\t').append(i.lastUsedMillis()).append('\n'));
      Path next = ledger.resolveSibling(ledger.getFileName() + ".next");
      Files.writeString(next, lines);
      Files.move(next, ledger, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      writeWeight(Math.max(total, 0));
      return removed;
    } catch (IOException | RuntimeException e) {
      // The engine went away or the ledger cannot be written: the next session tries again.
      return 0;
    }
  }

  private enum Removal {
    REMOVED,
    GONE,
    IN_USE
  }

  /**
   * Removes one image unless another builds on it or a tag names it; its parents stay (they are in
   * the ledger with their own last use).
   */
  private static Removal removeUnused(DockerClient client, String imageId) {
    try {
      client.removeImageCmd(imageId).withForce(false).withNoPrune(true).exec();
      return Removal.REMOVED;
    } catch (NotFoundException gone) {
      return Removal.GONE;
    } catch (RuntimeException inUse) {
      return Removal.IN_USE;
    }
  }

  /** The image ids the ledger names (as the build stream gave them). */
  java.util.Set<String> imageIds() {
    return java.util.Set.copyOf(read().keySet());
  }

  /** Each image id the ledger names, with the last time a build made or reused it. */
  private Map<String, Long> read() {
    Map<String, Long> lastUsed = new HashMap<>();
    try {
      for (String line : Files.readAllLines(ledger)) {
        String[] parts = line.split("\t");
        if (parts.length == 2 && !parts[0].isBlank()) {
          try {
            lastUsed.merge(parts[0], Long.parseLong(parts[1]), Math::max);
          } catch (NumberFormatException torn) {
            // A line cut short by a killed process: the image is forgotten, not the ledger.
          }
        }
      }
    } catch (IOException absent) {
      return Map.of();
    }
    return lastUsed;
  }

  private static List<CachedImage> cachedImages(
      DockerClient client, Map<String, Long> lastUsed, Map<String, Long> knownOwn) {
    if (lastUsed.isEmpty()) {
      return List.of();
    }
    Map<String, Long> byShort = byShortId(lastUsed);
    List<Image> all = client.listImagesCmd().withShowAll(true).exec();
    Map<String, Long> sizes = new HashMap<>();
    all.forEach(image -> sizes.put(image.getId(), sizeOf(image)));
    List<CachedImage> cached = new ArrayList<>();
    for (Image image : all) {
      Long used = byShort.get(shortId(image.getId()));
      if (used != null) {
        long parentBytes = sizes.getOrDefault(image.getParentId(), 0L);
        boolean parentless = image.getParentId() == null || image.getParentId().isEmpty();
        long ownBytes =
            parentless && knownOwn.containsKey(image.getId())
                ? knownOwn.get(image.getId())
                : Math.max(sizeOf(image) - parentBytes, 0);
        cached.add(
            new CachedImage(
                image.getId(),
                ownBytes,
                used,
                image.getCreated() == null ? 0 : image.getCreated()));
      }
    }
    return cached;
  }

  /**
   * The ledger holds ids as the build stream shows them: short (twelve hex digits from Docker,
   * eleven from Podman), or "sha256:"-less. All start with the same eleven digits, which are as
   * good a name on one engine as the docker CLI's twelve.
   */
  private static Map<String, Long> byShortId(Map<String, Long> lastUsed) {
    Map<String, Long> byShort = new HashMap<>();
    lastUsed.forEach(
        (id, used) -> {
          String hex = shortId(id);
          if (!hex.isEmpty()) {
            byShort.merge(hex, used, Math::max);
          }
        });
    return byShort;
  }

  private static String shortId(String id) {
    String hex = id.startsWith("sha256:") ? id.substring(7) : id;
    return hex.length() > 11 ? hex.substring(0, 11) : hex;
  }

  private static long sizeOf(Image image) {
    return image.getSize() == null ? 0 : image.getSize();
  }

  private record CachedImage(String id, long ownBytes, long lastUsedMillis, long createdSeconds) {}
}
