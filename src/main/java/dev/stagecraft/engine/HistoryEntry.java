package dev.stagecraft.engine;

import java.time.Instant;

/**
 * One step of an image's history, oldest first.
 *
 * @param createdBy the instruction as recorded, e.g. {@code /bin/sh -c #(nop) COPY file:... in /}
 * @param sizeBytes the uncompressed size of the layer this step added (0 for config-only steps)
 * @param emptyLayer true when the step changed only the config and added no layer
 */
public record HistoryEntry(
    String createdBy, long sizeBytes, boolean emptyLayer, Instant created, String comment) {}
