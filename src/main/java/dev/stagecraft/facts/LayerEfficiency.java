package dev.stagecraft.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * How much of an image is spent on bytes nobody can see, as dive (wagoodman/dive) scores it. Every
 * time a layer writes a path, or removes one that a layer below wrote, is an occurrence of that
 * path; a removal weighs 0 bytes. A path with two or more occurrences is inefficient: its wasted
 * bytes are the sum of all its occurrences (dive's {@code wastedBytes}), and the score is the sum
 * of every path's smallest occurrence over the sum of all occurrences (dive's {@code efficiency}).
 *
 * <p>Two departures from dive, both so the numbers blame the learner only for what they did. Dive
 * treats only layer 0 as the base; here every layer of the base image is the base, and a path whose
 * occurrences all lie in the base is the base's waste, reported apart and not scored. And dive
 * weighs a removed directory at its own path, so removing a directory whose files were written
 * below wastes nothing there; here the removal counts for each file under it, so {@code RUN rm -rf
 * /usr/share/doc} on top of the base shows the bytes that stay in the image.
 *
 * @param totalBytes bytes of all files written by all layers (dive's denominator)
 * @param wastedBytes the learner's waste: occurrences of paths that appear more than once and in at
 *     least one of the learner's layers
 * @param efficiency 1 minus the learner's excess (each such path's occurrences beyond its smallest)
 *     over {@code totalBytes}; 1 for an empty image
 * @param wastedPaths the learner's inefficient paths, largest first
 * @param baseWastedBytes waste inside the base image's own layers, not counted above
 */
public record LayerEfficiency(
    long totalBytes,
    long wastedBytes,
    double efficiency,
    List<WastedPath> wastedPaths,
    long baseWastedBytes) {

  public LayerEfficiency {
    wastedPaths = List.copyOf(wastedPaths);
  }

  /**
   * One inefficient path.
   *
   * @param bytes the sum of its occurrences
   * @param occurrences how many layers wrote or removed it
   */
  public record WastedPath(String path, long bytes, int occurrences) {}

  /** Every occurrence of one path, summed as dive does. */
  private static final class Tally {
    long cumulative;
    long smallest = Long.MAX_VALUE;
    int occurrences;
    boolean touchedByLearner;

    void add(long bytes, boolean learner) {
      cumulative += bytes;
      smallest = Math.min(smallest, bytes);
      occurrences++;
      touchedByLearner |= learner;
    }
  }

  public static LayerEfficiency of(LayerFiles files) {
    Map<String, Tally> tallies = new HashMap<>();
    // The files visible after the layers seen so far, to know what a removal takes away.
    NavigableMap<String, Long> visible = new TreeMap<>();
    long total = 0;
    for (LayerFiles.Layer layer : files.layers()) {
      boolean learner = !layer.fromBase();
      // Removals act on the layers below, so they are applied before this layer's own files.
      for (String path : layer.removed()) {
        if (visible.remove(path) != null) {
          tally(tallies, path).add(0, learner);
        }
        removeUnder(path, visible, tallies, learner, Map.of());
      }
      for (String dir : layer.opaqueDirectories()) {
        removeUnder(dir, visible, tallies, learner, layer.files());
      }
      for (Map.Entry<String, Long> file : layer.files().entrySet()) {
        // A file where a directory was hides everything that was under it.
        removeUnder(file.getKey(), visible, tallies, learner, Map.of());
        tally(tallies, file.getKey()).add(file.getValue(), learner);
        visible.put(file.getKey(), file.getValue());
        total += file.getValue();
      }
    }
    return summarise(tallies, total);
  }

  private static LayerEfficiency summarise(Map<String, Tally> tallies, long total) {
    long wasted = 0;
    long excess = 0;
    long baseWasted = 0;
    List<WastedPath> paths = new ArrayList<>();
    for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
      Tally tally = entry.getValue();
      if (tally.occurrences < 2) {
        continue;
      }
      if (!tally.touchedByLearner) {
        baseWasted += tally.cumulative;
        continue;
      }
      wasted += tally.cumulative;
      excess += tally.cumulative - tally.smallest;
      if (tally.cumulative > 0) {
        paths.add(new WastedPath(entry.getKey(), tally.cumulative, tally.occurrences));
      }
    }
    paths.sort(
        Comparator.comparingLong(WastedPath::bytes).reversed().thenComparing(WastedPath::path));
    double efficiency = total == 0 ? 1.0 : 1.0 - (double) excess / total;
    return new LayerEfficiency(total, wasted, efficiency, paths, baseWasted);
  }

  /** Removes every visible file under {@code dir}, except those the same layer writes again. */
  private static void removeUnder(
      String dir,
      NavigableMap<String, Long> visible,
      Map<String, Tally> tallies,
      boolean learner,
      Map<String, Long> keptByLayer) {
    String prefix = dir.equals("/") ? "/" : dir + "/";
    // '0' follows '/' in character order, so this range is exactly the paths under the prefix.
    String end = dir.equals("/") ? "0" : dir + "0";
    NavigableMap<String, Long> under = visible.subMap(prefix, true, end, false);
    List<String> gone = new ArrayList<>();
    for (String path : under.keySet()) {
      if (!keptByLayer.containsKey(path)) {
        gone.add(path);
      }
    }
    for (String path : gone) {
      under.remove(path);
      tally(tallies, path).add(0, learner);
    }
  }

  private static Tally tally(Map<String, Tally> tallies, String path) {
    return tallies.computeIfAbsent(path, p -> new Tally());
  }
}
