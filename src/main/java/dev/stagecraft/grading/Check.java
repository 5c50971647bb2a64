package dev.stagecraft.grading;

import dev.stagecraft.facts.BuildSpec;
import dev.stagecraft.facts.FileIndex;
import dev.stagecraft.facts.FileScope;
import dev.stagecraft.facts.RunSpec;
import java.util.List;
import java.util.Set;

/**
 * One gradable property of a learner's Dockerfile or image. Checks read the {@link GradingContext}
 * and never talk to Docker, so each is testable on hand-made facts.
 */
public interface Check {

  /** The type name used in exercise.yaml, e.g. "image-size". */
  String type();

  /** A short line for reports, e.g. "Final image under 10 MB". */
  String title();

  CheckCategory category();

  /** Runs of the built image this check reads; the facts gatherer performs them once. */
  default List<RunSpec> runsNeeded() {
    return List.of();
  }

  /** Builds besides the graded one this check compares against (a target, the starter). */
  default List<BuildSpec> buildsNeeded() {
    return List.of();
  }

  /**
   * Absolute paths whose content this check reads (besides the well-known files every image gives);
   * the facts gatherer captures them, truncated past a size cap, during its one filesystem read.
   */
  default List<String> filesNeeded() {
    return List.of();
  }

  /**
   * The part of the image's filesystem this check looks up in {@code ImageFacts.files}. The index a
   * check gets holds only what the checks of its exercise declared, and refuses lookups outside
   * that, so declare every path and ask for {@link FileScope#WHOLE} to scan all files.
   */
  default FileScope filesRead() {
    return FileScope.NONE;
  }

  /**
   * True when this check reads what each layer wrote and removed ({@code ImageFacts.layerFiles}),
   * which costs the facts gatherer one more full read of the image.
   */
  default boolean needsLayerFiles() {
    return false;
  }

  /**
   * The lint rules whose findings this check already grades. Their warnings are left out of the
   * report's advice, so one fault is not told twice (a failed "non-root" check and a warning).
   */
  default Set<String> lintRulesGraded() {
    return Set.of();
  }

  /**
   * Texts to search for in the content of every file of every layer, files a later layer removed
   * included; the finds are in {@code ImageFacts.layerFiles}, read in the same pass.
   */
  default List<String> textsSearched() {
    return List.of();
  }

  /**
   * Whether, given the image's files, this check still needs each layer's files: a check that needs
   * them only in some images (to tell the base image's files from the learner's, when there are any
   * to tell apart) spares the extra read in the others. Only asked when {@link #needsLayerFiles()}
   * is true.
   */
  default boolean needsLayerFiles(FileIndex files) {
    return needsLayerFiles();
  }

  Verdict evaluate(GradingContext context);
}
