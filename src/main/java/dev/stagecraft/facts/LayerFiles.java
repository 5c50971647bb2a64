package dev.stagecraft.facts;

import dev.stagecraft.engine.FileType;
import dev.stagecraft.engine.LayerEntry;
import dev.stagecraft.engine.LayerListing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each layer of the image changed, base first: the files it wrote and the paths it removed.
 * Gathered only when a check asks for it ({@code needsLayerFiles}), since it costs a full read of
 * the image.
 */
public record LayerFiles(List<Layer> layers) {

  /** A whiteout {@code .wh.name} removes {@code name} from the layers below. */
  static final String WHITEOUT_PREFIX = ".wh.";

  /** A directory holding this marker hides everything the layers below put in it. */
  static final String OPAQUE_MARKER = ".wh..wh..opq";

  public LayerFiles {
    layers = List.copyOf(layers);
  }

  /**
   * One layer's changes.
   *
   * @param fromBase true when the layer came with the final stage's base image
   * @param files every path that is not a directory (files, links, devices), with its content size
   * @param removed paths removed by a whiteout (a removed directory takes everything under it)
   * @param opaqueDirectories directories whose content in the layers below is hidden
   * @param textsFound the files whose content holds one of the texts searched for, with the texts
   *     found; empty when nothing was searched for
   */
  public record Layer(
      boolean fromBase,
      Map<String, Long> files,
      Set<String> removed,
      Set<String> opaqueDirectories,
      Map<String, Set<String>> textsFound) {

    public Layer {
      files = Map.copyOf(files);
      removed = Set.copyOf(removed);
      opaqueDirectories = Set.copyOf(opaqueDirectories);
      textsFound = Map.copyOf(textsFound);
    }

    /** A layer whose file contents were not searched. */
    public Layer(
        boolean fromBase, Map<String, Long> files, Set<String> removed, Set<String> opaque) {
      this(fromBase, files, removed, opaque, Map.of());
    }
  }

  /**
   * Reads whiteouts out of saved layer listings.
   *
   * @param baseLayerCount how many of the first listings came with the base image: the base image's
   *     own layer count, since a build only stacks layers on top of its base
   */
  public static LayerFiles of(List<LayerListing> listings, int baseLayerCount) {
    List<Layer> layers = new ArrayList<>(listings.size());
    for (int i = 0; i < listings.size(); i++) {
      layers.add(layer(listings.get(i), i < baseLayerCount));
    }
    return new LayerFiles(layers);
  }

  private static Layer layer(LayerListing listing, boolean fromBase) {
    Map<String, Long> files = new LinkedHashMap<>();
    Set<String> removed = new LinkedHashSet<>();
    Set<String> opaque = new LinkedHashSet<>();
    Map<String, Set<String>> texts = new LinkedHashMap<>();
    for (LayerEntry entry : listing.entries()) {
      if (!entry.textsFound().isEmpty()) {
        texts.put(entry.path(), entry.textsFound());
      }
      int slash = entry.path().lastIndexOf('/');
      String parent = entry.path().substring(0, slash);
      String name = entry.path().substring(slash + 1);
      if (name.equals(OPAQUE_MARKER)) {
        opaque.add(parent.isEmpty() ? "/" : parent);
      } else if (name.startsWith(WHITEOUT_PREFIX)) {
        removed.add(parent + "/" + name.substring(WHITEOUT_PREFIX.length()));
      } else if (entry.type() != FileType.DIRECTORY) {
        files.put(entry.path(), entry.size());
      }
    }
    return new Layer(fromBase, files, removed, opaque, texts);
  }
}
