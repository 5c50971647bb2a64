package dev.stagecraft.facts;

/**
 * One step of the image's history.
 *
 * @param createdBy the instruction that made it, as the engine recorded it
 * @param sizeBytes uncompressed bytes it added (0 for metadata-only steps)
 * @param fromBase true when it belongs to the base image rather than to the learner's steps
 */
public record LayerFact(int index, String createdBy, long sizeBytes, boolean fromBase) {}
