package dev.stagecraft.facts;

import dev.stagecraft.dockerfile.DockerfileParser;
import dev.stagecraft.dockerfile.StageGraph;
import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineException;
import dev.stagecraft.engine.HistoryEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A floor under the size of the image a Dockerfile builds, known without building it: a build only
 * stacks layers on the image its final stage starts from, so it is at least that image's size.
 */
final class SizeFloor {

  private SizeFloor() {}

  /**
   * The size of the image {@code dockerfile}'s final stage starts from (through earlier stages),
   * when that image is present in the engine. Empty for scratch, for a name with an unresolved ARG,
   * or when the file cannot be read.
   *
   * @param sizesById sizes of images found before, by image id; the one found now is added
   */
  static Optional<BuildOutcome.AtLeast> of(
      DockerEngine engine, Path dockerfile, Map<String, Long> sizesById) {
    try {
      StageGraph graph = StageGraph.of(DockerfileParser.parse(dockerfile));
      Optional<String> base = graph.finalStage().map(graph::rootImage);
      if (base.isEmpty()
          || StageGraph.isScratch(base.get())
          || base.get().contains("$")
          || !engine.imageExists(base.get())) {
        return Optional.empty();
      }
      // An image id is a digest: the size found for it once holds for the session.
      String id = engine.inspectImage(base.get()).id();
      Long known = sizesById.get(id);
      long bytes =
          known != null
              ? known
              : engine.history(id).stream().mapToLong(HistoryEntry::sizeBytes).sum();
      sizesById.put(id, bytes);
      return Optional.of(new BuildOutcome.AtLeast(bytes, base.get()));
    } catch (IOException | EngineException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
