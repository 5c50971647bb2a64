package dev.stagecraft.engine;

import java.util.List;

/**
 * The headers of one layer of a saved image, in the order the layer's tar holds them.
 *
 * @param name where the layer sat in the save archive ({@code <id>/layer.tar} or {@code
 *     blobs/sha256/<digest>}), the same for two uses of one identical layer
 */
public record LayerListing(String name, List<LayerEntry> entries) {

  public LayerListing {
    entries = List.copyOf(entries);
  }

  /** Bytes of the regular files in this layer. */
  public long sizeBytes() {
    return entries.stream().mapToLong(LayerEntry::size).sum();
  }
}
