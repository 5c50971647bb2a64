package dev.stagecraft.facts;

import dev.stagecraft.dockerfile.CopyFromEdge;
import dev.stagecraft.dockerfile.Dockerfile;
import dev.stagecraft.dockerfile.DockerfileParser;
import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.MountOptions;
import dev.stagecraft.dockerfile.Stage;
import dev.stagecraft.dockerfile.StageGraph;
import dev.stagecraft.engine.BuildKey;
import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineException;
import dev.stagecraft.engine.KeptImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Whether a check may grade the image of the exercise's last check instead of building: only when
 * everything the image depends on is unchanged ({@link BuildKey}), and only for Dockerfiles whose
 * result Docker's cache decides from those inputs alone. A step that fetches from the network (ADD
 * of a URL or a git repository, a {@code # syntax=} frontend) or reads a secret or an SSH agent
 * could give another image with the same inputs, so such a file is always built.
 */
final class BuildReuse {

  /** ADD sources Docker fetches: a URL, or a git repository in any of the forms ADD accepts. */
  private static final Pattern REMOTE_SOURCE =
      Pattern.compile("^(?:[a-z][a-z0-9+.-]*://|git@|github\\.com/).*|.*\\.git(?:[#?].*)?$");

  private final DockerEngine engine;

  BuildReuse(DockerEngine engine) {
    this.engine = engine;
  }

  /**
   * The key of what a build of {@code dockerfile} in {@code contextDir} would depend on now; empty
   * when the image cannot be reused (no kept images on this engine, a step that fetches, a file
   * that cannot be read, a base image that is absent).
   */
  Optional<String> key(Path contextDir, Path dockerfile, Optional<String> target) {
    Optional<KeptImages> kept = engine.keptImages();
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    Dockerfile parsed;
    try {
      parsed = DockerfileParser.parse(Files.readString(dockerfile), dockerfile.toString());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    Optional<List<String>> images = externalImages(parsed, target);
    if (images.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> ids = new TreeMap<>();
    for (String image : images.get()) {
      try {
        // The id as the engine resolves the name now: a stand-in replaced by the official image,
        // or an image loaded under the same name, must lead to a build.
        ids.put(image, engine.inspectImage(image).id());
      } catch (EngineException | RuntimeException absentOrUnreachable) {
        return Optional.empty();
      }
    }
    return BuildKey.of(
        new BuildKey.Inputs(
            kept.get().engineIdentity(),
            engine.info().builder(),
            target,
            Map.of(),
            contextDir,
            dockerfile,
            ids));
  }

  /**
   * One check's chance of reuse: the key of its build, taken before building, and the image kept
   * under that key for its exercise, leased until {@link #close}.
   */
  record Attempt(Optional<String> key, Optional<KeptImages.Lease> kept) implements AutoCloseable {

    /** The id of the image to grade instead of building, when there is one. */
    Optional<String> image() {
      return kept.map(KeptImages.Lease::imageId);
    }

    /** The labels the build carries so that its image can be kept under the key. */
    Map<String, String> labels() {
      return key.map(k -> Map.of(KeptImages.KEY_LABEL, k)).orElse(Map.of());
    }

    @Override
    public void close() {
      kept.ifPresent(KeptImages.Lease::close);
    }
  }

  /** Looks for the image of the last check of {@code request}'s exercise under its key now. */
  Attempt attempt(LabRequest request) {
    Optional<String> key = key(request.contextDir(), request.dockerfile(), request.target());
    Optional<KeptImages.Lease> kept =
        key.flatMap(k -> engine.keptImages().flatMap(images -> images.find(request.name(), k)));
    return new Attempt(key, kept);
  }

  /**
   * Keeps the image the attempt's build made as {@code tag} for the next check of the exercise,
   * only if nothing changed while it built: an edit saved meanwhile may or may not be in it.
   */
  void keepIfUnchanged(LabRequest request, Attempt attempt, String tag, long ownBytes) {
    if (attempt.image().isPresent() || attempt.key().isEmpty()) {
      return;
    }
    if (attempt.key().equals(key(request.contextDir(), request.dockerfile(), request.target()))) {
      engine
          .keptImages()
          .ifPresent(kept -> kept.keep(request.name(), attempt.key().get(), tag, ownBytes));
    }
  }

  /**
   * Every external image the build reads (FROM, COPY --from, RUN --mount from), ARGs expanded;
   * empty when the Dockerfile has a step Docker would not cache deterministically from its inputs,
   * or a name that cannot be resolved without building.
   */
  static Optional<List<String>> externalImages(Dockerfile dockerfile, Optional<String> target) {
    if (dockerfile.hasErrors()
        || dockerfile.stages().isEmpty()
        || dockerfile.directive("syntax").isPresent()) {
      return Optional.empty();
    }
    for (Instruction instruction : dockerfile.instructions()) {
      if (fetches(instruction)
          || instruction.onbuildTrigger().map(BuildReuse::fetches).orElse(false)) {
        return Optional.empty();
      }
    }
    StageGraph graph = StageGraph.of(dockerfile, target);
    if (target.isPresent() && graph.finalStage().isEmpty()) {
      return Optional.empty();
    }
    List<String> images = new ArrayList<>();
    for (Stage stage : dockerfile.stages()) {
      if (graph.isExternalImage(stage)) {
        images.add(stage.baseImage());
      }
    }
    for (CopyFromEdge edge : graph.copyEdges()) {
      if (edge.isExternalImage()) {
        images.add(edge.reference());
      }
    }
    if (images.stream().anyMatch(name -> name.contains("$") || name.isBlank())) {
      return Optional.empty();
    }
    return Optional.of(images.stream().distinct().toList());
  }

  /**
   * True for a step that reads something outside the key: a remote ADD source, a secret or SSH
   * mount, or an ADD source a variable names (it could be a URL).
   */
  private static boolean fetches(Instruction instruction) {
    if (instruction.is("RUN")) {
      return instruction.flagValues("mount").stream()
          .map(MountOptions::of)
          .map(mount -> mount.type().toLowerCase(Locale.ROOT))
          .anyMatch(type -> type.equals("secret") || type.equals("ssh"));
    }
    if (instruction.is("ADD")) {
      if (instruction.hasFlag("checksum") || instruction.hasFlag("keep-git-dir")) {
        return true;
      }
      List<String> words =
          instruction
              .execForm()
              .orElseGet(() -> List.of(instruction.arguments().strip().split("\\s+")));
      for (String source : words.subList(0, Math.max(words.size() - 1, 0))) {
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.contains("$") || REMOTE_SOURCE.matcher(lower).matches()) {
          return true;
        }
      }
    }
    return false;
  }
}
