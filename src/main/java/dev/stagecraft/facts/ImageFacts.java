package dev.stagecraft.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a check may know about a built image, gathered once after the build. Checks read this
 * and never the engine, so each check can be tested on hand-made facts.
 *
 * @param imageRef the tag the image was built under
 * @param layers history entries, oldest first, each marked base or the learner's
 * @param files the flattened filesystem of the final image
 * @param capturedFiles contents of small well-known files ({@link #FILES_TO_CAPTURE}) and of the
 *     files checks asked for, by absolute path as asked
 * @param runs the outcome of each run that checks asked for
 * @param layerFiles what each layer wrote and removed; present only when a check asked for it
 */
public record ImageFacts(
    String imageRef,
    String imageId,
    ImageConfigFacts config,
    List<LayerFact> layers,
    FileIndex files,
    Map<String, CapturedFile> capturedFiles,
    Map<RunSpec, RunOutcome> runs,
    Optional<LayerFiles> layerFiles) {

  /** Files whose content is read out of every image, when present. */
  public static final List<String> FILES_TO_CAPTURE =
      List.of(
          "/etc/passwd",
          "/etc/group",
          "/etc/os-release",
          "/usr/lib/os-release",
          "/var/lib/dpkg/status",
          "/lib/apk/db/installed");

  /** Uncompressed bytes of all layers. */
  public long sizeBytes() {
    return layers.stream().mapToLong(LayerFact::sizeBytes).sum();
  }

  /** Bytes that came with the base image of the final stage. */
  public long baseBytes() {
    return layers.stream().filter(LayerFact::fromBase).mapToLong(LayerFact::sizeBytes).sum();
  }

  /** Bytes the learner's own steps added on top of the base. */
  public long addedBytes() {
    return sizeBytes() - baseBytes();
  }

  public Optional<CapturedFile> captured(String path) {
    return Optional.ofNullable(capturedFiles.get(path));
  }

  public Optional<RunOutcome> run(RunSpec spec) {
    return Optional.ofNullable(runs.get(spec));
  }
}
