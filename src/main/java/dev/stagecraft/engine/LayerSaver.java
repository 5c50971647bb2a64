package dev.stagecraft.engine;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads each layer's file list of an image from one streamed {@code docker save}, taking the lists
 * of large layers listed before from the {@link LayerListingCache} instead of reading them again.
 */
final class LayerSaver {

  private final EngineConnection connection;
  private final ImageReader images;
  private final Optional<LayerListingCache> cache;

  LayerSaver(EngineConnection connection, ImageReader images, Optional<LayerListingCache> cache) {
    this.connection = connection;
    this.images = images;
    this.cache = cache;
  }

  List<LayerListing> save(String image, TextScanner scanner) throws EngineException {
    if (cache.isEmpty()) {
      return save(image, scanner, List.of(), Map.of()).listings();
    }
    // Layers listed before (a base image's, by their content digest) are skipped in the stream.
    List<String> diffIds = images.inspect(image).layerDiffIds();
    Map<String, LayerListingCache.Known> known = new HashMap<>();
    for (String diffId : new LinkedHashSet<>(diffIds)) {
      cache.get().get(diffId, scanner).ifPresent(listing -> known.put(diffId, listing));
    }
    SaveArchive.Layers layers;
    try {
      layers = save(image, scanner, diffIds, known);
    } catch (SkippedLayerException skipped) {
      layers = save(image, scanner, diffIds, Map.of());
    }
    if (layers.listings().size() == diffIds.size()) {
      for (int i = 0; i < diffIds.size(); i++) {
        if (!known.containsKey(diffIds.get(i))) {
          cache
              .get()
              .put(
                  diffIds.get(i),
                  scanner,
                  layers.tarBytes().get(i),
                  layers.listings().get(i).entries());
        }
      }
    }
    return layers.listings();
  }

  /** A save read skipped a layer it took for a known one, wrongly; the read is done again. */
  private static final class SkippedLayerException extends EngineException {
    SkippedLayerException(Throwable cause) {
      super("a layer was skipped wrongly", cause);
    }
  }

  private SaveArchive.Layers save(
      String image,
      TextScanner scanner,
      List<String> diffIds,
      Map<String, LayerListingCache.Known> known)
      throws EngineException {
    try (DockerHttpClient.Response response = connection.raw("GET", "/images/" + image + "/get");
        InputStream body = response.getBody()) {
      if (response.getStatusCode() / 100 != 2) {
        throw new EngineException(
            "The Docker engine could not save "
                + image
                + ": "
                + EngineConnection.errorMessage(body));
      }
      return SaveArchive.read(body, scanner, diffIds, known);
    } catch (SaveArchive.SkippedUnknownLayer e) {
      throw new SkippedLayerException(e);
    } catch (IOException | RuntimeException e) {
      throw new EngineException("Reading the layers of " + image + " failed: " + e, e);
    }
  }
}
