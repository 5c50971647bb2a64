package dev.stagecraft.grading;

import dev.stagecraft.facts.LayerFact;
import java.util.List;
import java.util.Optional;

/**
 * The built image in numbers, for the report's size and layer views.
 *
 * @param standInBase the final stage's base image when it is a local stand-in (see .ci/images),
 *     whose size is not the official image's
 */
public record ImageSummary(
    String imageId,
    long sizeBytes,
    long baseBytes,
    long addedBytes,
    List<LayerFact> layers,
    Optional<String> standInBase) {

  /** An image on an official base (or scratch). */
  public ImageSummary(
      String imageId, long sizeBytes, long baseBytes, long addedBytes, List<LayerFact> layers) {
    this(imageId, sizeBytes, baseBytes, addedBytes, layers, Optional.empty());
  }
}
