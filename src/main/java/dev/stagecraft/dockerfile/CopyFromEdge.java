package dev.stagecraft.dockerfile;

import java.util.Objects;
import java.util.Optional;

/**
 * A stage reading files from elsewhere: {@code COPY --from=X} (or ADD) or {@code RUN
 * --mount=...,from=X}.
 *
 * @param from the stage {@code reference} names (by name in any case, or by index), wherever it
 *     stands in the file; empty when no stage is called that, so it is an external image
 * @param reference the value after {@code from}, variables expanded (kept as written when one has
 *     no value)
 * @param to the stage holding the instruction
 * @param instruction the COPY, ADD or RUN that reads
 * @param kind whether files are copied or mounted
 */
public record CopyFromEdge(
    Optional<Stage> from, String reference, Stage to, Instruction instruction, Kind kind) {

  /** How the files are read. */
  public enum Kind {
    /** {@code COPY --from} or {@code ADD --from}. */
    COPY,
    /** {@code RUN --mount=type=bind|cache,from=...}. */
    MOUNT
  }

  public CopyFromEdge {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(instruction, "instruction");
    Objects.requireNonNull(kind, "kind");
  }

  /** True when the reference is a stage index such as {@code 0} rather than a name. */
  public boolean byIndex() {
    return StageGraph.isIndex(reference);
  }

  /** True when no stage is called {@code reference}, so Docker reads an image of that name. */
  public boolean isExternalImage() {
    return from.isEmpty() && !byIndex();
  }
}
