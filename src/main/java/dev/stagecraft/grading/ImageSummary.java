package dev.stagecraft.grading;

import dev.stagecraft.facts.LayerFact;
import java.util.List;

/** The built image in numbers, for the report's size and layer views. */
public record ImageSummary(
    String imageId, long sizeBytes, long baseBytes, long addedBytes, List<LayerFact> layers) {}
