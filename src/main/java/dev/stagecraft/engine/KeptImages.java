package dev.stagecraft.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The final image of the last successful build of each exercise, kept past the session with the
 * {@link BuildKey} it was built from, so that checking an unchanged build again grades that image
 * instead of asking the engine for the very same one.
 *
 * <p>A kept image carries the owner label and {@value #KEY_LABEL}, is tagged {@code
 * stagecraft-kept/EXERCISE:cDIGEST} (one tag per cache folder), and is written down in a small file
 * per engine (slot, id, key). Its id also goes into the build cache's ledger, so it counts against
 * that cache's cap, leaves with the least recently used, and {@code clean} removes it. The
 * session's clean-up and the sweep of dead sessions leave the images this file names alone.
 */
public final class KeptImages {

  /** The {@link BuildKey} an image was built from, set at build time. */
  public static final String KEY_LABEL = "dev.stagecraft.reuse.key";

  /** Kept images are tagged {@code stagecraft-kept/EXERCISE:c<digest of the cache folder>}. */
  static final String TAG_REPOSITORY = "stagecraft-kept/";

  private final DockerClient client;
  private final Path file;
  private final Path lockFile;
  private final String engineIdentity;
  private final BuildCache cache;

  /**
   * The tag of this file's kept images: a digest of where the file is, so that two cache folders
   * (two accounts, a test's) never move each other's tags, and each sweep can tell a kept image.
   */
  private final String ownTag;

  /**
   * Tells the session its kept images grew, and by how many bytes, so that its end trims the cache
   * to its cap.
   */
  private final java.util.function.LongConsumer grew;

  /** How many grading runs of this process use each kept image now, by id. */
  private final Map<String, Integer> inUse = new ConcurrentHashMap<>();

  /** Kept images replaced while in use: removed when the last run using them ends. */
  private final Set<String> replaced = ConcurrentHashMap.newKeySet();

  KeptImages(
      DockerClient client,
      Path file,
      String engineIdentity,
      BuildCache cache,
      java.util.function.LongConsumer grew) {
    this.client = client;
    this.grew = grew;
    this.file = file;
    this.lockFile = file.resolveSibling(file.getFileName() + ".lock");
    this.engineIdentity = engineIdentity;
    this.cache = cache;
    this.ownTag = "c" + digest(file.toAbsolutePath().normalize().toString());
    cache.knowOwnBytes(this::ownBytes);
  }

  /** The engine's identity (its address and own id, digested), for {@link BuildKey.Inputs}. */
  public String engineIdentity() {
    return engineIdentity;
  }

  /**
   * The image kept for {@code slot} when it was built from {@code key} and is still there with the
   * labels it was built with; the caller closes the lease once done with the image.
   */
  public Optional<Lease> find(String slot, String key) {
    Optional<Entry> entry = Optional.ofNullable(load().get(slot));
    if (entry.isEmpty() || !entry.get().key().equals(key)) {
      return Optional.empty();
    }
    String id = entry.get().imageId();
    try {
      InspectImageResponse image = client.inspectImageCmd(id).exec();
      Map<String, String> labels =
          image.getConfig() == null || image.getConfig().getLabels() == null
              ? Map.of()
              : image.getConfig().getLabels();
      if (!key.equals(labels.get(KEY_LABEL))
          || !DockerEngine.OWNER.equals(labels.get(DockerEngine.OWNER_LABEL))) {
        return Optional.empty();
      }
    } catch (RuntimeException goneOrUnreachable) {
      return Optional.empty();
    }
    inUse.merge(id, 1, Integer::sum);
    cache.record(List.of(id)); // used now: the last to leave the cache
    return Optional.of(new Lease(id));
  }

  /**
   * Keeps the image just built as {@code tag} for {@code slot}, when it carries {@code key}, and
   * removes the one kept before. Failing quietly: only the speed of the next check is at stake.
   *
   * @param ownBytes what the image's own steps added to its base, its weight in the build cache
   */
  public synchronized void keep(String slot, String key, String tag, long ownBytes) {
    try (FileChannel lock = openLock()) {
      lock.lock(); // released when the channel closes
      InspectImageResponse image = client.inspectImageCmd(tag).exec();
      Map<String, String> labels =
          image.getConfig() == null || image.getConfig().getLabels() == null
              ? Map.of()
              : image.getConfig().getLabels();
      if (!key.equals(labels.get(KEY_LABEL))) {
        return;
      }
      String id = image.getId();
      client.tagImageCmd(id, TAG_REPOSITORY + tagName(slot), ownTag).withForce().exec();
      Map<String, Entry> entries = load();
      Entry before = entries.put(slot, new Entry(id, key, ownBytes));
      store(entries);
      cache.record(List.of(id));
      if (before == null) {
        grew.accept(ownBytes);
      } else if (!before.imageId().equals(id)) {
        removeOrDefer(before.imageId());
      }
    } catch (IOException | RuntimeException e) {
      // The engine went away or the record cannot be written: the next check builds again.
    }
  }

  /** The ids of every kept image, which no clean-up of sessions may remove. */
  public Set<String> imageIds() {
    Set<String> ids = new HashSet<>();
    load().values().forEach(entry -> ids.add(entry.imageId()));
    return Set.copyOf(ids);
  }

  /** The own bytes of each kept image, by id. */
  private Map<String, Long> ownBytes() {
    Map<String, Long> bytes = new java.util.HashMap<>();
    load().values().forEach(entry -> bytes.put(entry.imageId(), entry.ownBytes()));
    return bytes;
  }

  /** Removes every kept image and forgets them all; returns how many images went. */
  synchronized int clear() {
    int removed = 0;
    try (FileChannel lock = openLock()) {
      lock.lock();
      for (Entry entry : load().values()) {
        removed += remove(entry.imageId()) ? 1 : 0;
      }
      Files.deleteIfExists(file);
    } catch (IOException | RuntimeException e) {
      // What is left is still named in the file and in the ledger for the next clean.
    }
    return removed;
  }

  /** One grading run's use of a kept image. */
  public final class Lease implements AutoCloseable {
    private final String imageId;
    private boolean closed;

    private Lease(String imageId) {
      this.imageId = imageId;
    }

    public String imageId() {
      return imageId;
    }

    @Override
    public synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      Integer left = inUse.computeIfPresent(imageId, (id, n) -> n <= 1 ? null : n - 1);
      if (left == null && replaced.remove(imageId)) {
        remove(imageId);
      }
    }
  }

  /** An image another grading run of this process still reads goes when that run is done. */
  private void removeOrDefer(String imageId) {
    if (inUse.containsKey(imageId)) {
      replaced.add(imageId);
    } else {
      remove(imageId);
    }
  }

  /**
   * Removes a kept image but not the step images under it: those are the build cache, bounded by
   * its own ledger. Not forced, so a container made from it elsewhere keeps it alive.
   */
  private boolean remove(String imageId) {
    try {
      client.removeImageCmd(imageId).withForce(false).withNoPrune(true).exec();
      return true;
    } catch (NotFoundException gone) {
      return false;
    } catch (RuntimeException inUseOrUnreachable) {
      return false;
    }
  }

  /** A slot as a repository name: lower case letters, digits, dots, dashes. */
  static String tagName(String slot) {
    String safe = slot.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    return safe.isEmpty() || !Character.isLetterOrDigit(safe.charAt(0)) ? "x" + safe : safe;
  }

  /** Twelve hex digits of SHA-256: a short name for a path or a key. */
  private static String digest(String text) {
    try {
      byte[] bytes =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(bytes, 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private record Entry(String imageId, String key, long ownBytes) {}

  private FileChannel openLock() throws IOException {
    Files.createDirectories(file.getParent());
    return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
  }

  private Map<String, Entry> load() {
    Properties properties = new Properties();
    if (Files.isRegularFile(file)) {
      try (Reader reader = Files.newBufferedReader(file)) {
        properties.load(reader);
      } catch (IOException | IllegalArgumentException e) {
        // A garbled file is an empty memory: every exercise builds once more.
        return new java.util.HashMap<>();
      }
    }
    Map<String, Entry> entries = new java.util.HashMap<>();
    for (String slot : properties.stringPropertyNames()) {
      String[] parts = properties.getProperty(slot).split(" ");
      if (parts.length == 3 && parts[0].startsWith("sha256:")) {
        try {
          entries.put(slot, new Entry(parts[0], parts[1], Long.parseLong(parts[2])));
        } catch (NumberFormatException garbled) {
          // This exercise builds once more.
        }
      }
    }
    return entries;
  }

  /** Written aside and moved into place: a killed process leaves the old file or the new one. */
  private void store(Map<String, Entry> entries) throws IOException {
    Properties properties = new Properties();
    entries.forEach(
        (slot, e) ->
            properties.setProperty(slot, e.imageId() + " " + e.key() + " " + e.ownBytes()));
    StringWriter text = new StringWriter();
    properties.store(text, "stagecraft: the image of each exercise's last check, by build key");
    Files.createDirectories(file.getParent());
    Path next = file.resolveSibling(file.getFileName() + ".next");
    Files.writeString(next, text.toString());
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
