package dev.stagecraft.grading;

import dev.stagecraft.facts.LayerFact;
import java.util.List;
import java.util.Optional;

/**
 * The built image in numbers, for the report's size and layer views.
 *
 * @param baseImage the image the final stage starts from; empty for scratch
 * @param standIns the images the Dockerfile builds on that are local stand-ins here (see
 *     .ci/images), the final stage's base first: their sizes are not the official images'
 */
public record ImageSummary(
    String imageId,
    long sizeBytes,
    long baseBytes,
    long addedBytes,
    List<LayerFact> layers,
    Optional<String> baseImage,
    List<String> standIns) {

  public ImageSummary {
    layers = List.copyOf(layers);
    standIns = List.copyOf(standIns);
  }

  /** An image whose bases are official images (or scratch). */
  public ImageSummary(
      String imageId, long sizeBytes, long baseBytes, long addedBytes, List<LayerFact> layers) {
    this(imageId, sizeBytes, baseBytes, addedBytes, layers, Optional.empty(), List.of());
  }
}
