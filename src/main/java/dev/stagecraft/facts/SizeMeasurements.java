package dev.stagecraft.facts;

import dev.stagecraft.engine.BuildEvent;
import dev.stagecraft.engine.BuildFailedException;
import dev.stagecraft.engine.BuildRequest;
import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineException;
import dev.stagecraft.engine.EngineStep;
import dev.stagecraft.engine.HistoryEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Builds made only to learn a size, for checks that compare (smaller than the starter, a change
 * that keeps the cache): each is measured once per session by what went into it, and what it
 * measured is remembered on disk for the next session. The images are removed at once.
 */
final class SizeMeasurements {

  private final DockerEngine engine;

  /**
   * Outcomes of builds by what went into them, so a REPL session builds the starter and the
   * reference once, not at every check, and not at all when the graded Dockerfile was the same.
   */
  private final Map<String, BuildOutcome> measured = new ConcurrentHashMap<>();

  /** Sizes of base images by id, for {@link #sizeAtLeast}; an id's size never changes. */
  private final Map<String, Long> baseSizes = new ConcurrentHashMap<>();

  /** The same, on disk, for the next session; only sizes measured to compare with go there. */
  private final RememberedSizes remembered;

  SizeMeasurements(DockerEngine engine, Optional<Path> rememberedSizes) {
    this.engine = engine;
    this.remembered = new RememberedSizes(rememberedSizes);
  }

  /**
   * Notes the size of an image graded from the inputs {@code key} names: a learner's first check is
   * of the unchanged starter, and "smaller than the starter" need not build it again.
   */
  void noteGraded(String key, long sizeBytes) {
    measured.putIfAbsent(key, new BuildOutcome.Built(sizeBytes));
  }

  /**
   * Builds a Dockerfile only to learn whether it builds and how big the result is; the image is
   * removed at once.
   *
   * @param remember whether a successful outcome may be reused for the same Dockerfile content,
   *     target and context folder (right for a starter, wrong for files the learner is editing)
   */
  BuildOutcome measure(
      Path contextDir, Path dockerfile, Optional<String> target, boolean remember) {
    Optional<String> key = keyOf(contextDir, dockerfile, target);
    if (key.isEmpty()) {
      return new BuildOutcome.Unavailable("cannot read " + dockerfile);
    }
    BuildOutcome known = remember ? measured.get(key.get()) : null;
    if (known != null) {
      return known;
    }
    Optional<String> inputs =
        remember ? BuildInputs.digest(engine, contextDir, dockerfile, target) : Optional.empty();
    OptionalLong earlier = inputs.map(remembered::get).orElse(OptionalLong.empty());
    if (earlier.isPresent()) {
      BuildOutcome outcome = new BuildOutcome.Built(earlier.getAsLong());
      measured.put(key.get(), outcome);
      return outcome;
    }
    BuildOutcome outcome = buildOnce(contextDir, dockerfile, target);
    if (remember && outcome instanceof BuildOutcome.Built built) {
      measured.put(key.get(), outcome);
      inputs.ifPresent(digest -> remembered.put(digest, built.sizeBytes()));
    }
    return outcome;
  }

  /**
   * What {@link #measure} would answer without building: an outcome measured earlier in this
   * session, or a size remembered from another, for the same inputs.
   */
  Optional<BuildOutcome> measuredBefore(Path contextDir, Path dockerfile, Optional<String> target) {
    Optional<String> key = keyOf(contextDir, dockerfile, target);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    BuildOutcome known = measured.get(key.get());
    if (known != null) {
      return Optional.of(known);
    }
    OptionalLong earlier =
        BuildInputs.digest(engine, contextDir, dockerfile, target)
            .map(remembered::get)
            .orElse(OptionalLong.empty());
    return earlier.isPresent()
        ? Optional.of(new BuildOutcome.Built(earlier.getAsLong()))
        : Optional.empty();
  }

  /**
   * A floor under the size of the image {@code dockerfile} builds, without building it: the size of
   * the image its final stage starts from, when that is present here. Empty for scratch, for a name
   * with an unresolved ARG, or when the file cannot be read.
   */
  Optional<BuildOutcome.AtLeast> sizeAtLeast(Path dockerfile) {
    return SizeFloor.of(engine, dockerfile, baseSizes);
  }

  /**
   * What a build's outcome depends on: the context folder, the target and the Dockerfile's text.
   * Empty when the Dockerfile cannot be read.
   */
  static Optional<String> keyOf(Path contextDir, Path dockerfile, Optional<String> target) {
    try {
      byte[] content = Files.readAllBytes(dockerfile);
      return Optional.of(
          contextDir.toAbsolutePath() + "\n" + target.orElse("") + "\n" + sha256(content));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private BuildOutcome buildOnce(Path contextDir, Path dockerfile, Optional<String> target) {
    return buildOnce(contextDir, dockerfile, target, false);
  }

  private BuildOutcome buildOnce(
      Path contextDir, Path dockerfile, Optional<String> target, boolean recordSteps) {
    String tag = GradingTags.unique(engine, "measure");
    StepRecorder steps = new StepRecorder();
    try {
      return buildTagged(contextDir, dockerfile, target, tag, recordSteps ? steps : event -> {});
    } finally {
      engine.removeImage(tag);
    }
  }

  /** Builds and measures an image tagged {@code tag}, which the caller removes. */
  private BuildOutcome buildTagged(
      Path contextDir,
      Path dockerfile,
      Optional<String> target,
      String tag,
      Consumer<BuildEvent> events) {
    try {
      engine.build(
          new BuildRequest(contextDir, dockerfile, target, tag, Map.of(), false, Map.of()), events);
      long size = engine.history(tag).stream().mapToLong(HistoryEntry::sizeBytes).sum();
      List<BuildOutcome.BuiltStep> steps =
          events instanceof StepRecorder recorder ? recorder.steps() : List.of();
      return new BuildOutcome.Built(size, steps);
    } catch (BuildFailedException e) {
      return new BuildOutcome.Failed(e.getMessage(), e.dockerfileLine());
    } catch (EngineException | RuntimeException e) {
      // The engine went away, hung or filled up, or Ctrl-C closed the connection under us.
      EngineInterruption interruption =
          EngineInterruption.of(engine.trouble(e, EngineStep.BUILDING));
      return new BuildOutcome.Unavailable(interruption.summary(), Optional.of(interruption));
    }
  }

  /**
   * Builds the Dockerfile as it is, to fill the build cache (mostly hits after the graded build),
   * then on a copy of the context with {@code change} applied, recording which steps the second
   * build took from the cache. Both images are removed at once; the steps the second build made
   * stay in the session's build cache, as every build's do, until the session ends.
   */
  BuildOutcome measureAfterChange(
      Path contextDir, Path dockerfile, Optional<String> target, ContextChange change) {
    // The first image stays tagged until the second build is done: removing it would take its
    // untagged parents with it, and with them the cache the second build is meant to find.
    String before = GradingTags.unique(engine, "before-change");
    try {
      BuildOutcome outcome = buildTagged(contextDir, dockerfile, target, before, event -> {});
      if (outcome instanceof BuildOutcome.Failed failed) {
        return new BuildOutcome.FailedBeforeChange(failed.message(), failed.line());
      }
      if (!(outcome instanceof BuildOutcome.Built)) {
        return outcome;
      }
      try (ChangedContext changed = ChangedContext.of(contextDir, dockerfile, change)) {
        return buildOnce(changed.contextDir(), changed.dockerfile(), target, true);
      } catch (IOException e) {
        return new BuildOutcome.Unavailable(
            "cannot change " + change.file() + ": " + e.getMessage());
      }
    } finally {
      engine.removeImage(before);
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
