package dev.stagecraft.facts;

import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineException;
import dev.stagecraft.engine.ImageDetails;
import dev.stagecraft.engine.LayerListing;
import dev.stagecraft.engine.TextScanner;
import java.util.List;
import java.util.Optional;

/** Reads {@link LayerFiles} of a built image from one streamed save, for {@link ImageLab}. */
final class LayerFilesReader {

  private LayerFilesReader() {}

  /**
   * Each layer's files, base first. The saved layers are the image's RootFS layers in order, not
   * its history steps: a history step that only set metadata has no layer, and a step whose layer
   * is empty may still have one, so sizes in the history cannot line them up. The base image's own
   * RootFS layers, though, are the first ones of every image built on it; so the first that many
   * saved layers are the base's, which is the same split {@link LayerFact#fromBase} makes by
   * counting the base's history steps. A base that is not a prefix (scratch, or a name the engine
   * no longer resolves to the image built on) counts no layer as base.
   */
  static LayerFiles read(
      DockerEngine engine,
      String image,
      ImageDetails details,
      Optional<String> baseImage,
      TextScanner scanner)
      throws EngineException {
    List<LayerListing> listings = engine.saveLayers(image, scanner);
    List<String> diffIds = details.layerDiffIds();
    if (listings.size() != diffIds.size()) {
      throw new EngineException(
          "The saved image "
              + image
              + " has "
              + listings.size()
              + " layers where its config lists "
              + diffIds.size()
              + ".");
    }
    int baseLayers = 0;
    if (baseImage.isPresent() && engine.imageExists(baseImage.get())) {
      List<String> baseIds = engine.inspectImage(baseImage.get()).layerDiffIds();
      if (baseIds.size() <= diffIds.size() && diffIds.subList(0, baseIds.size()).equals(baseIds)) {
        baseLayers = baseIds.size();
      }
    }
    return LayerFiles.of(listings, baseLayers);
  }
}
