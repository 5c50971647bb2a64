package dev.stagecraft.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An image's configuration as the engine stores it. Entrypoint and cmd are the lists in the config:
 * a shell-form instruction shows up as {@code ["/bin/sh", "-c", "..."]}.
 *
 * @param user the configured user, "" when none (root)
 * @param healthcheck the HEALTHCHECK test (e.g. {@code ["CMD", "/app", "-health"]}), empty when the
 *     image has none or it was switched off with {@code HEALTHCHECK NONE}
 * @param layerDiffIds the uncompressed layer digests, base layers first
 * @param sizeBytes the size the engine reports; see {@link DockerEngine#history} for per-layer
 *     sizes
 */
public record ImageDetails(
    String id,
    List<String> repoTags,
    Instant created,
    String user,
    List<String> entrypoint,
    List<String> cmd,
    List<String> env,
    Set<String> exposedPorts,
    Map<String, String> labels,
    String workingDir,
    Optional<List<String>> healthcheck,
    List<String> layerDiffIds,
    long sizeBytes,
    String os,
    String arch) {

  /** The label .ci/images puts on every local stand-in for an official image. */
  public static final String STANDIN_LABEL = "dev.stagecraft.standin";

  /**
   * True for a local stand-in built by .ci/images under an official name: it behaves like the
   * official image but is not the same size.
   */
  public boolean isStandIn() {
    return "true".equals(labels.get(STANDIN_LABEL));
  }

  public ImageDetails {
    repoTags = List.copyOf(repoTags);
    entrypoint = List.copyOf(entrypoint);
    cmd = List.copyOf(cmd);
    env = List.copyOf(env);
    exposedPorts = Set.copyOf(exposedPorts);
    labels = Map.copyOf(labels);
    healthcheck = healthcheck.map(List::copyOf);
    layerDiffIds = List.copyOf(layerDiffIds);
  }
}
