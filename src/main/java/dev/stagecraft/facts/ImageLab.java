package dev.stagecraft.facts;

import dev.stagecraft.engine.BuildEvent;
import dev.stagecraft.engine.BuildFailedException;
import dev.stagecraft.engine.BuildRequest;
import dev.stagecraft.engine.BuiltImage;
import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineException;
import dev.stagecraft.engine.EngineStep;
import dev.stagecraft.engine.HistoryEntry;
import dev.stagecraft.engine.HttpProbeRequest;
import dev.stagecraft.engine.HttpProbeResult;
import dev.stagecraft.engine.ImageDetails;
import dev.stagecraft.engine.ImageFilesystem;
import dev.stagecraft.engine.RunRequest;
import dev.stagecraft.engine.RunResult;
import dev.stagecraft.engine.TextScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
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

  /**
   * Below this size a full export is as quick as reading a few paths one by one (the engine exports
   * about 250 MB/s here, a path costs a round trip); above it, unless a check scans every file,
   * only the paths checks name are read.
   */
  static final long SCOPED_READ_FROM_BYTES = 64L * 1024 * 1024;

  private final DockerEngine engine;

  /**
   * Outcomes of builds by what went into them, so a REPL session builds the starter and the
   * reference once, not at every check, and not at all when the graded Dockerfile was the same.
   */
  private final Map<String, BuildOutcome> measured = new ConcurrentHashMap<>();

  /** Sizes of base images by id, for {@link #sizeAtLeast}; an id's size never changes. */
  private final Map<String, Long> baseSizes = new ConcurrentHashMap<>();

  /** The files read of the last images graded, so an unchanged image is not read again. */
  private final ReadFilesMemory recentReads = new ReadFilesMemory();

  /** The same, on disk, for the next session; only sizes measured to compare with go there. */
  private final RememberedSizes remembered;

  /** The image of each exercise's last check, graded again while nothing it depends on changed. */
  private final BuildReuse reuse;

  public ImageLab(DockerEngine engine) {
    this(engine, Optional.empty());
  }

  /**
   * A lab that also remembers the sizes it measured (a starter's, a reference's) in {@code
   * rememberedSizes} across sessions, by a digest of everything that went into each build.
   */
  public ImageLab(DockerEngine engine, Optional<Path> rememberedSizes) {
    this.engine = engine;
    this.remembered = new RememberedSizes(rememberedSizes);
    this.reuse = new BuildReuse(engine);
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
    Optional<String> key = measureKey(contextDir, dockerfile, target);
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
  public Optional<BuildOutcome> measuredBefore(
      Path contextDir, Path dockerfile, Optional<String> target) {
    Optional<String> key = measureKey(contextDir, dockerfile, target);
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
  public Optional<BuildOutcome.AtLeast> sizeAtLeast(Path dockerfile) {
    return SizeFloor.of(engine, dockerfile, baseSizes);
  }

  /**
   * What a build's outcome depends on: the context folder, the target and the Dockerfile's text.
   */
  private static Optional<String> measureKey(
      Path contextDir, Path dockerfile, Optional<String> target) {
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
    String tag = tagFor("measure");
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
  public BuildOutcome measureAfterChange(
      Path contextDir, Path dockerfile, Optional<String> target, ContextChange change) {
    // The first image stays tagged until the second build is done: removing it would take its
    // untagged parents with it, and with them the cache the second build is meant to find.
    String before = tagFor("before-change");
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

  public LabOutcome buildAndInspect(LabRequest request, Consumer<LabEvent> events) {
    String tag = tagFor(request.name());
    // Taken before the build, so an edit made while it runs cannot be credited with its size.
    Optional<String> key = measureKey(request.contextDir(), request.dockerfile(), request.target());
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
      key.ifPresent(k -> measured.putIfAbsent(k, new BuildOutcome.Built(facts.sizeBytes())));
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
              RunOutcome outcome = run(built.tag(), run);
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
    Optional<ReadFilesMemory.Read> known = recentReads.get(readKey);
    FilesRead files =
        known.isPresent()
            ? new FilesRead(known.get().index(), known.get().captured())
            : readFiles(built.tag(), details, imageBytes, request, events);

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
    recentReads.put(readKey, new ReadFilesMemory.Read(files.index(), files.captured(), layerFiles));
    step.set(EngineStep.RUNNING_APP);
    Map<RunSpec, RunOutcome> outcomes = runs.await();
    step.set(EngineStep.READING_IMAGE);
    return new ImageFacts(
        built.tag(),
        details.id(),
        config(details),
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

  /** The files checks read, and the content of those they asked for. */
  private record FilesRead(FileIndex index, Map<String, CapturedFile> captured) {}

  /**
   * One streamed export when a check scans every file or the image is small; otherwise only the
   * paths the checks declared, one by one.
   */
  private FilesRead readFiles(
      String image,
      ImageDetails details,
      long imageBytes,
      LabRequest request,
      Consumer<LabEvent> events)
      throws EngineException {
    try (ImageFilesystem filesystem = engine.openFilesystem(image)) {
      if (!request.filesRead().whole() && imageBytes >= SCOPED_READ_FROM_BYTES) {
        events.accept(new LabEvent.Gathering("reading the files the checks look at"));
        try {
          ScopedFilesReader reader =
              new ScopedFilesReader(filesystem)
                  .read(
                      request.filesRead().and(FileScope.paths(request.filesNeeded())),
                      config(details).pathDirectories(),
                      ImageFacts.FILES_TO_CAPTURE,
                      request.filesNeeded(),
                      MAX_REQUESTED_FILE_BYTES);
          return new FilesRead(reader.index(), reader.captured());
        } catch (EngineException e) {
          // The engine cannot stat some paths (a loop of links answers HTTP 500) that an export
          // streams without trouble; if the engine itself is gone, the export fails too.
        }
      }
      events.accept(new LabEvent.Gathering("reading the filesystem"));
      FilesystemCollector collector =
          new FilesystemCollector(
              ImageFacts.FILES_TO_CAPTURE, request.filesNeeded(), MAX_REQUESTED_FILE_BYTES);
      filesystem.export(collector);
      FileIndex index = collector.index();
      captureThroughLinks(filesystem, collector, index, request.filesNeeded());
      return new FilesRead(index, collector.captured());
    }
  }

  /**
   * A requested path that is a link (cc -> gcc-12, /etc/os-release -> ../usr/lib/os-release) has no
   * content in the export; read its target directly, and keep it under the path the check named.
   */
  private static void captureThroughLinks(
      ImageFilesystem filesystem,
      FilesystemCollector collector,
      FileIndex index,
      List<String> requested)
      throws EngineException {
    for (String path : requested) {
      if (collector.hasCaptured(path)) {
        continue;
      }
      Optional<FileFact> target = index.resolve(path).filter(f -> f.kind() == FileKind.FILE);
      if (target.isEmpty()) {
        continue;
      }
      Optional<byte[]> bytes = filesystem.readFile(target.get().path(), MAX_REQUESTED_FILE_BYTES);
      if (bytes.isPresent()) {
        String name = FileIndex.normalise(path);
        collector.add(
            new CapturedFile(name, bytes.get(), bytes.get().length < target.get().sizeBytes()));
      }
    }
  }

  /**
   * How many history steps of the final image came with its base: the base image's own history
   * length, since a build only appends to it. Scratch and unknown bases contribute none.
   */
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

  private RunOutcome run(String image, RunSpec spec) {
    RunRequest request = runRequest(image, spec);
    if (spec.http().isPresent()) {
      return serve(request, spec);
    }
    try {
      RunResult result = engine.run(request);
      if (result.notStarted().isPresent()) {
        // Never "exit code 0": whatever code the engine shows, the program never ran.
        return new RunOutcome.FailedToStart(result.notStarted().get());
      }
      return new RunOutcome.Finished(
          result.exitCode(),
          result.stdout(),
          result.stderr(),
          result.timedOut(),
          result.duration());
    } catch (EngineException e) {
      return new RunOutcome.FailedToStart(e.getMessage());
    }
  }

  /** The container a run spec describes: the image as shipped unless the spec overrides parts. */
  private static RunRequest runRequest(String image, RunSpec spec) {
    RunRequest request =
        RunRequest.of(image).withTimeout(spec.timeout()).withNetwork(spec.network());
    if (spec.command().isPresent()) {
      request = request.withCommand(spec.command().get());
    }
    if (spec.entrypoint().isPresent()) {
      request = request.withEntrypoint(spec.entrypoint().get());
    }
    if (!spec.env().isEmpty()) {
      request = request.withEnv(spec.env());
    }
    return request;
  }

  private RunOutcome serve(RunRequest run, RunSpec spec) {
    RunSpec.HttpRequestSpec http = spec.http().orElseThrow();
    try {
      HttpProbeResult result =
          engine.probeHttp(new HttpProbeRequest(run, http.port(), http.paths(), spec.timeout()));
      if (result.status().isPresent()) {
        Map<String, RunOutcome.Answer> others = new LinkedHashMap<>();
        for (HttpProbeResult.Answer answer : result.others()) {
          others.put(
              answer.path(),
              new RunOutcome.Answer(answer.status(), answer.body(), answer.failure()));
        }
        return new RunOutcome.Served(result.status().get(), result.body(), result.waited(), others);
      }
      return new RunOutcome.NotServing(result.failure().orElse("no answer"), result.logs());
    } catch (EngineException e) {
      return new RunOutcome.FailedToStart(e.getMessage());
    }
  }

  private static ImageConfigFacts config(ImageDetails details) {
    return new ImageConfigFacts(
        details.user(),
        details.entrypoint(),
        details.cmd(),
        details.env(),
        details.exposedPorts(),
        details.labels(),
        details.workingDir(),
        details.healthcheck());
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

  /** A tag unique to this grading run, so parallel graders never share an image. */
  private String tagFor(String name) {
    String safe = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    if (safe.isEmpty() || !Character.isLetterOrDigit(safe.charAt(0))) {
      safe = "x" + safe;
    }
    return "stagecraft-grade/" + safe + ":" + engine.sessionId() + "-" + System.nanoTime();
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
