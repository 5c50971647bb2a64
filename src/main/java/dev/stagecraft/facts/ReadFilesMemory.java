package dev.stagecraft.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files read from the last few images graded in this process, by image id and what the checks
 * asked for. An image id is the digest of the image's config, which names every layer by the digest
 * of its content, so the same id always has the same files: a second check of an unchanged
 * Dockerfile in one session, or from one check server, reuses them. Its runs are never reused;
 * checks see the container run each time.
 */
final class ReadFilesMemory {

  /** A session grades a handful of images at a time; older ones are read again if they return. */
  static final int IMAGES = 8;

  /** What was read of one image. */
  record Read(
      FileIndex index, Map<String, CapturedFile> captured, Optional<LayerFiles> layerFiles) {}

  private final Map<String, Read> reads =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Read> eldest) {
          return size() > IMAGES;
        }
      };

  /**
   * What identifies a read: the image, the base image its layers are split against, and the files,
   * contents and texts asked for.
   */
  static String key(
      String imageId,
      String baseImageId,
      FileScope scope,
      List<String> filesNeeded,
      List<String> textsSearched) {
    return String.join(
        "\n",
        imageId,
        baseImageId,
        scope.toString(),
        String.join("\u0000", filesNeeded),
        String.join("\u0000", textsSearched));
  }

  synchronized Optional<Read> get(String key) {
    return Optional.ofNullable(reads.get(key));
  }

  synchronized void put(String key, Read read) {
    reads.put(key, read);
  }
}
