package dev.stagecraft.facts;

import dev.stagecraft.engine.BuildEvent;
import dev.stagecraft.engine.BuildFailedException;
import dev.stagecraft.engine.BuildRequest;
import dev.stagecraft.engine.BuiltImage;
import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineException;
import dev.stagecraft.engine.EngineStep;
import dev.stagecraft.engine.HistoryEntry;
import dev.stagecraft.engine.ImageDetails;
import dev.stagecraft.engine.TextScanner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Builds an image and gathers its {@link ImageFacts} in one pass: config, history, one streamed
 * read of the filesystem, and the runs checks asked for. Only the final image of an exercise's last
 * check stays afterwards, for the next check to grade if nothing changed ({@link BuildReuse});
 * everything else is removed.
 */
public final class ImageLab {

  /** Files checks ask to read are source or config files; a megabyte shows what matters. */
  public static final int MAX_REQUESTED_FILE_BYTES = 1024 * 1024;

  private final DockerEngine engine;

  /** Builds made only to learn a size (a starter's, a reference's), and what they measured. */
  private final SizeMeasurements measurements;

  /**
   * The files read of the last images graded, so an unchanged image is not read again. One for the
   * process, not one per lab: each command a check server runs opens a lab of its own, and an image
   * id names the same files whichever lab reads it.
   */
  private static final ReadFilesMemory RECENT_READS = new ReadFilesMemory();

  /** The image of each exercise's last check, graded again while nothing it depends on changed. */
  private final BuildReuse reuse;

  /** Reads the image's files: one export, or the paths checks name. */
  private final ImageFilesReader fileReader;

  /** Runs the image as checks ask, to its end or as a server. */
  private final AppRunner runner;

  public ImageLab(DockerEngine engine) {
    this(engine, Optional.empty());
  }

  /**
   * A lab that also remembers the sizes it measured (a starter's, a reference's) in {@code
   * rememberedSizes} across sessions, by a digest of everything that went into each build.
   */
  public ImageLab(DockerEngine engine, Optional<Path> rememberedSizes) {
    this.engine = engine;
    this.measurements = new SizeMeasurements(engine, rememberedSizes);
    this.reuse = new BuildReuse(engine);
    this.fileReader = new ImageFilesReader(engine);
    this.runner = new AppRunner(engine);
  }

  /**
   * The builder this lab's builds run on: {@code classic}, {@code buildkit} or {@code buildah}, as
   * the engine reports it.
   */
  public String builder() {
    return engine.info().builder();
  }

  /**
   * True when the builder is Docker 20.10's BuildKit, whose built-in Dockerfile frontend predates
   * heredocs and {@code COPY --link} (they came with Docker 23), and no newer one can be pulled.
   */
  public boolean builderHasOldFrontend() {
    return engine.info().hasOldBuildKitFrontend();
  }

  /**
   * Builds a Dockerfile only to learn whether it builds and how big the result is; the image is
   * removed at once.
   *
   * @param remember whether a successful outcome may be reused for the same Dockerfile content,
   *     target and context folder (right for a starter, wrong for files the learner is editing)
   */
  public BuildOutcome measure(
      Path contextDir, Path dockerfile, Optional<String> target, boolean remember) {
    return measurements.measure(contextDir, dockerfile, target, remember);
  }

  /**
   * What {@link #measure} would answer without building: an outcome measured earlier in this
   * session, or a size remembered from another, for the same inputs.
   */
  public Optional<BuildOutcome> measuredBefore(
      Path contextDir, Path dockerfile, Optional<String> target) {
    return measurements.measuredBefore(contextDir, dockerfile, target);
  }

  /**
   * A floor under the size of the image {@code dockerfile} builds, without building it: the size of
   * the image its final stage starts from, when that is present here. Empty for scratch, for a name
   * with an unresolved ARG, or when the file cannot be read.
   */
  public Optional<BuildOutcome.AtLeast> sizeAtLeast(Path dockerfile) {
    return measurements.sizeAtLeast(dockerfile);
  }

  /**
   * Builds the Dockerfile as it is, then on a copy of the context with {@code change} applied,
   * recording which steps the second build took from the cache (see {@link
   * SizeMeasurements#measureAfterChange}).
   */
  public BuildOutcome measureAfterChange(
      Path contextDir, Path dockerfile, Optional<String> target, ContextChange change) {
    return measurements.measureAfterChange(contextDir, dockerfile, target, change);
  }

  public LabOutcome buildAndInspect(LabRequest request, Consumer<LabEvent> events) {
    String tag = GradingTags.unique(engine, request.name());
    // Taken before the build, so an edit made while it runs cannot be credited with its size.
    Optional<String> key =
        SizeMeasurements.keyOf(request.contextDir(), request.dockerfile(), request.target());
    long buildStart = System.nanoTime();
    BuildReuse.Attempt reused = reuse.attempt(request);
    BuildRequest build =
        new BuildRequest(
            request.contextDir(),
            request.dockerfile(),
            request.target(),
            tag,
            reused.labels(),
            false,
            Map.of());
    AtomicReference<EngineStep> step = new AtomicReference<>(EngineStep.BUILDING);
    try {
      BuiltImage built;
      if (reused.image().isPresent()) {
        // Docker's warm cache would give back this very image: grade it without asking.
        events.accept(new LabEvent.Reused(reused.image().get()));
        built = new BuiltImage(reused.image().get(), reused.image().get(), Duration.ZERO);
      } else {
        try {
          built = engine.build(build, event -> translate(event).ifPresent(events));
        } catch (BuildFailedException e) {
          return new LabOutcome.BuildFailed(
              e.getMessage(), e.dockerfileLine(), e.exitCode(), e.logTail(), since(buildStart));
        }
      }
      Duration buildTime = since(buildStart);
      long gatherStart = System.nanoTime();
      step.set(EngineStep.READING_IMAGE);
      ImageFacts facts = gather(built, request, events, step);
      // A learner's first check is of the unchanged starter: its size is known now, and
      // "smaller than the starter" need not build the same Dockerfile again.
      key.ifPresent(k -> measurements.noteGraded(k, facts.sizeBytes()));
      Duration gatherTime = since(gatherStart);
      reuse.keepIfUnchanged(request, reused, tag, facts.addedBytes());
      return new LabOutcome.Inspected(facts, buildTime, gatherTime, reused.image().isPresent());
    } catch (EngineException | RuntimeException e) {
      // The engine went away, hung or filled up, or Ctrl-C closed the connection under us.
      return new LabOutcome.EngineFailed(EngineInterruption.of(engine.trouble(e, step.get())));
    } finally {
      reused.close();
      if (reused.image().isEmpty()) {
        // A kept image has its own tag by now: this removes only the build's.
        engine.removeImage(tag);
      }
    }
  }

  private ImageFacts gather(
      BuiltImage built,
      LabRequest request,
      Consumer<LabEvent> events,
      AtomicReference<EngineStep> step)
      throws EngineException {
    AppRuns runs =
        AppRuns.start(
            request.runs(),
            run -> {
              events.accept(new LabEvent.Gathering("running the image"));
              RunOutcome outcome = runner.run(built.tag(), run);
              if (!(outcome instanceof RunOutcome.Finished finished && !finished.timedOut())
                  && !(outcome instanceof RunOutcome.Served)) {
                // An app that did not start or answer may be the engine's doing: ask it before
                // blaming the app.
                engine.requireAnswer(EngineStep.RUNNING_APP);
              }
              return outcome;
            });
    events.accept(new LabEvent.Gathering("reading the image config and history"));
    ImageDetails details = engine.inspectImage(built.tag());
    List<HistoryEntry> history = engine.history(built.tag());
    int baseSteps = baseHistoryLength(request.finalBaseImage());

    long imageBytes = history.stream().mapToLong(HistoryEntry::sizeBytes).sum();
    String readKey =
        ReadFilesMemory.key(
            details.id(),
            baseImageId(request.finalBaseImage()),
            request.filesRead(),
            request.filesNeeded(),
            request.textsSearched());
    Optional<ReadFilesMemory.Read> known = RECENT_READS.get(readKey);
    ImageFilesReader.FilesRead files =
        known.isPresent()
            ? new ImageFilesReader.FilesRead(known.get().index(), known.get().captured())
            : fileReader.read(built.tag(), details, imageBytes, request, events);

    step.set(EngineStep.READING_IMAGE);
    Optional<LayerFiles> layerFiles = Optional.empty();
    boolean layersNeeded =
        request.layerFilesFor().test(files.index()) || !request.textsSearched().isEmpty();
    if (layersNeeded && known.isPresent() && known.get().layerFiles().isPresent()) {
      layerFiles = known.get().layerFiles();
    } else if (layersNeeded) {
      events.accept(new LabEvent.Gathering("reading each layer's files"));
      layerFiles =
          Optional.of(
              LayerFilesReader.read(
                  engine,
                  built.tag(),
                  details,
                  request.finalBaseImage(),
                  new TextScanner(request.textsSearched())));
    }
    RECENT_READS.put(
        readKey, new ReadFilesMemory.Read(files.index(), files.captured(), layerFiles));
    step.set(EngineStep.RUNNING_APP);
    Map<RunSpec, RunOutcome> outcomes = runs.await();
    step.set(EngineStep.READING_IMAGE);
    return new ImageFacts(
        built.tag(),
        details.id(),
        ImageConfigFacts.of(details),
        layers(history, baseSteps),
        files.index(),
        files.captured(),
        outcomes,
        layerFiles);
  }

  /**
   * Of the given images, those present on this engine as local stand-ins (built by .ci/images under
   * the official names), in the order given. Their sizes are not the official images'.
   */
  public List<String> standIns(List<String> images) {
    List<String> standIns = new ArrayList<>();
    for (String image : new java.util.LinkedHashSet<>(images)) {
      try {
        if (engine.imageExists(image) && engine.inspectImage(image).isStandIn()) {
          standIns.add(image);
        }
      } catch (EngineException | RuntimeException e) {
        // A name with an unresolved ARG, or an engine gone away: nothing to say about its size.
      }
    }
    return List.copyOf(standIns);
  }

  /** The id the base image's name stands for now; a retagged base splits the layers anew. */
  private String baseImageId(Optional<String> baseImage) {
    try {
      return baseImage.isPresent() && engine.imageExists(baseImage.get())
          ? engine.inspectImage(baseImage.get()).id()
          : "none";
    } catch (EngineException e) {
      return "unknown " + System.nanoTime();
    }
  }

  /**
   * How many history steps of the final image came with its base: the base image's own history
   * length, since a build only appends to it. Scratch and unknown bases contribute none.
   */
  private int baseHistoryLength(Optional<String> baseImage) throws EngineException {
    if (baseImage.isEmpty() || !engine.imageExists(baseImage.get())) {
      return 0;
    }
    return engine.history(baseImage.get()).size();
  }

  private static List<LayerFact> layers(List<HistoryEntry> history, int baseSteps) {
    List<LayerFact> layers = new ArrayList<>(history.size());
    for (int i = 0; i < history.size(); i++) {
      HistoryEntry entry = history.get(i);
      layers.add(
          new LayerFact(i, cleanCreatedBy(entry.createdBy()), entry.sizeBytes(), i < baseSteps));
    }
    return List.copyOf(layers);
  }

  /** "/bin/sh -c #(nop) COPY file:ab12 in /" reads better as "COPY file:ab12 in /". */
  static String cleanCreatedBy(String createdBy) {
    String text = createdBy.strip();
    if (text.isEmpty()) {
      return "(imported base layer)";
    }
    int nop = text.indexOf("#(nop)");
    if (nop >= 0) {
      return text.substring(nop + "#(nop)".length()).strip();
    }
    if (text.startsWith("/bin/sh -c ")) {
      return "RUN " + text.substring("/bin/sh -c ".length()).strip();
    }
    return text;
  }

  private static Optional<LabEvent> translate(BuildEvent event) {
    if (event instanceof BuildEvent.StepStarted step) {
      return Optional.of(new LabEvent.BuildStep(step.number(), step.total(), step.instruction()));
    }
    if (event instanceof BuildEvent.Output output) {
      return Optional.of(new LabEvent.BuildOutput(output.line()));
    }
    return Optional.empty();
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
