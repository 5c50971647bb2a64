package dev.stagecraft.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads the layer headers out of a {@code docker save} stream without keeping any content (a {@link
 * TextScanner} may search the content of each file as it passes). Two layouts exist: the legacy one
 * (Docker before 25: {@code <id>/layer.tar} and a {@code manifest.json}) and the OCI one ({@code
 * blobs/sha256/<digest>}, an {@code index.json} and, for compatibility, a {@code manifest.json}).
 * The manifest may come after the layers in the stream, so every layer-looking entry is listed as
 * it passes and put in order at the end.
 */
final class SaveArchive {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Config and manifest blobs are a few kilobytes; anything this large is not one. */
  private static final int MAX_JSON_BYTES = 4 * 1024 * 1024;

  private final Map<String, LayerListing> layers = new HashMap<>();
  private final Map<String, JsonNode> jsonFiles = new HashMap<>();
  private final Map<String, String> unreadable = new HashMap<>();
  private final Map<String, String> aliases = new HashMap<>();
  private final Map<String, Long> tarBytes = new HashMap<>();
  private final TextScanner scanner;

  /** Tar sizes of layers whose listing is known already: their content need not be read. */
  private final Set<Long> knownSizes;

  private SaveArchive(TextScanner scanner, Set<Long> knownSizes) {
    this.scanner = scanner;
    this.knownSizes = knownSizes;
  }

  /** The layers of a save archive, base first, and each one's tar size in it. */
  record Layers(List<LayerListing> listings, List<Long> tarBytes) {}

  /**
   * The archive held a layer of a known size that, once the manifest named the layers, was not the
   * known one: it must be read again without skipping any.
   */
  static final class SkippedUnknownLayer extends IOException {
    SkippedUnknownLayer(String name) {
      super("layer " + name + " was skipped as known but is not");
    }
  }

  /**
   * The image's layers, base first, as the saved manifest orders them.
   *
   * @throws IOException when the stream is not a save archive of one image, or a layer the manifest
   *     names could not be read
   */
  static List<LayerListing> read(InputStream saveStream) throws IOException {
    return read(saveStream, TextScanner.none());
  }

  /**
   * The image's layers, base first, with the texts {@code scanner} found in each regular file.
   *
   * @throws IOException as {@link #read(InputStream)}
   */
  static List<LayerListing> read(InputStream saveStream, TextScanner scanner) throws IOException {
    return read(saveStream, scanner, List.of(), Map.of()).listings();
  }

  /**
   * As {@link #read(InputStream, TextScanner)}, but a layer whose tar has the size of a known one
   * is not read; once the manifest has put the layers in order, the layer at position {@code i} is
   * taken from {@code known} by its diff id {@code diffIds.get(i)} when the sizes agree.
   *
   * @throws SkippedUnknownLayer when a skipped layer turns out not to be the known one: read the
   *     archive again with nothing known
   */
  static Layers read(
      InputStream saveStream,
      TextScanner scanner,
      List<String> diffIds,
      Map<String, LayerListingCache.Known> known)
      throws IOException {
    Set<Long> sizes = new java.util.HashSet<>();
    known.values().forEach(k -> sizes.add(k.tarBytes()));
    SaveArchive archive = new SaveArchive(scanner, sizes);
    // Tar reads 512-byte records; a large buffer keeps them off the HTTP stream's slow path.
    TarArchiveInputStream outer =
        new TarArchiveInputStream(
            new BufferedInputStream(saveStream, 1 << 20), StandardCharsets.UTF_8.name());
    TarArchiveEntry entry;
    while ((entry = outer.getNextEntry()) != null) {
      if (entry.isSymbolicLink()) {
        archive.alias(entry.getName(), entry.getLinkName());
      } else if (entry.isFile()) {
        archive.take(entry.getName(), entry.getSize(), outer);
      }
    }
    return archive.inOrder(diffIds, known);
  }

  /**
   * The legacy layout saves a layer that occurs twice (two steps that wrote exactly the same files,
   * such as one COPY repeated) once, and links the second name to the first.
   */
  private void alias(String name, String target) {
    aliases.put(name, ImagePaths.resolveLink("/" + name, target).substring(1));
  }

  private void take(String name, long size, InputStream content) throws IOException {
    BufferedInputStream peekable = new BufferedInputStream(content, 8192);
    // Docker names a layer <id>/layer.tar; Podman keeps it at the top as <digest>.tar and links
    // <id>/layer.tar to it.
    boolean layerTar =
        name.endsWith("/layer.tar") || (name.endsWith(".tar") && name.indexOf('/') < 0);
    if ((layerTar || name.startsWith("blobs/")) && knownSizes.contains(size)) {
      // Most likely a base layer listed before; the manifest will tell (see inOrder).
      tarBytes.put(name, size);
      return;
    }
    if (!layerTar) {
      peekable.mark(1);
      int first = peekable.read();
      peekable.reset();
      if (first == '{' || first == '[') {
        if (name.endsWith(".json") || name.startsWith("blobs/")) {
          jsonFiles.put(name, JSON.readTree(peekable.readNBytes(MAX_JSON_BYTES)));
        }
        return;
      }
      if (!name.startsWith("blobs/")) {
        return;
      }
    }
    try {
      layers.put(name, new LayerListing(name, headers(peekable, scanner)));
      tarBytes.put(name, size);
    } catch (IOException | RuntimeException e) {
      // A blob that is not a tar is harmless unless the manifest names it as a layer.
      unreadable.put(name, e.toString());
    }
  }

  /**
   * Every header of one layer tar; the inner stream skips content, unless the scanner searches it,
   * and is not closed.
   */
  private static List<LayerEntry> headers(InputStream layerTar, TextScanner scanner)
      throws IOException {
    TarArchiveInputStream tar = new TarArchiveInputStream(layerTar, StandardCharsets.UTF_8.name());
    List<LayerEntry> entries = new ArrayList<>();
    TarArchiveEntry entry;
    while ((entry = tar.getNextEntry()) != null) {
      FileEntry file = ImagePaths.fileEntry(entry);
      if (!file.path().equals("/")) {
        Set<String> found = entry.isFile() && !scanner.isEmpty() ? scanner.scan(tar) : Set.of();
        entries.add(new LayerEntry(file.path(), file.type(), file.size(), found));
      }
    }
    return entries;
  }

  private Layers inOrder(List<String> diffIds, Map<String, LayerListingCache.Known> known)
      throws IOException {
    List<String> names = layerNames();
    List<LayerListing> ordered = new ArrayList<>(names.size());
    List<Long> sizes = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      String name = aliases.getOrDefault(names.get(i), names.get(i));
      LayerListing listing = layers.get(name);
      if (listing == null && tarBytes.containsKey(name)) {
        LayerListingCache.Known same =
            i < diffIds.size() && diffIds.size() == names.size() ? known.get(diffIds.get(i)) : null;
        if (same == null || same.tarBytes() != tarBytes.get(name)) {
          throw new SkippedUnknownLayer(name);
        }
        listing = new LayerListing(name, same.entries());
      }
      if (listing == null) {
        throw new IOException(
            "the save archive names layer "
                + names.get(i)
                + " but "
                + Optional.ofNullable(unreadable.get(name))
                    .map(why -> "it could not be read: " + why)
                    .orElse("does not hold it"));
      }
      ordered.add(listing);
      sizes.add(tarBytes.getOrDefault(name, 0L));
    }
    return new Layers(List.copyOf(ordered), List.copyOf(sizes));
  }

  /** The layer names of the one image saved: manifest.json, or else through index.json. */
  private List<String> layerNames() throws IOException {
    JsonNode manifest = jsonFiles.get("manifest.json");
    if (manifest != null && manifest.isArray() && manifest.size() > 0) {
      return strings(manifest.get(0).path("Layers"));
    }
    JsonNode index = jsonFiles.get("index.json");
    if (index != null && index.path("manifests").size() > 0) {
      String digest = index.path("manifests").get(0).path("digest").asText("");
      JsonNode imageManifest = jsonFiles.get(blobName(digest));
      // A multi-platform index points at a second index; docker save writes one image, so follow
      // the first entry once more.
      if (imageManifest != null && imageManifest.has("manifests")) {
        digest = imageManifest.path("manifests").get(0).path("digest").asText("");
        imageManifest = jsonFiles.get(blobName(digest));
      }
      if (imageManifest != null && imageManifest.has("layers")) {
        List<String> names = new ArrayList<>();
        imageManifest.path("layers").forEach(l -> names.add(blobName(l.path("digest").asText(""))));
        return names;
      }
    }
    throw new IOException("the save archive has no manifest.json nor a readable index.json");
  }

  private static String blobName(String digest) {
    return "blobs/" + digest.replace(':', '/');
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }
}
