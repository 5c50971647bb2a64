package dev.stagecraft.engine;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * The Docker engine port: everything stagecraft asks of Docker goes through here. It connects the
 * way the docker CLI does, speaks one negotiated API version, builds with BuildKit where the engine
 * offers it (else, or when asked, with the classic builder), reads images without running them,
 * runs confined containers, and removes all it created (on {@link #close}, and on Ctrl-C through a
 * shutdown hook).
 *
 * <p>Every container and image it creates carries {@value #OWNER_LABEL}={@value #OWNER} and {@value
 * #SESSION_LABEL}={@link #sessionId()}.
 */
public final class DockerEngine implements AutoCloseable {

  /** Marks everything stagecraft creates in an engine. */
  public static final String OWNER_LABEL = "dev.stagecraft.owner";

  /** The value of {@link #OWNER_LABEL}. */
  public static final String OWNER = "stagecraft";

  /** Tells one stagecraft process's containers and images from another's. */
  public static final String SESSION_LABEL = "dev.stagecraft.session";

  private final EngineConnection connection;
  private final SessionResources session;
  private final EngineInfo info;
  private final ImageReader images;
  private final TroubleLog troubleLog;
  private boolean closed;
  private volatile boolean leftBehind;
  private volatile boolean offlineBuilds;
  private volatile Optional<SessionRegister> register = Optional.empty();
  private volatile Optional<LayerListingCache> layerListings = Optional.empty();
  private volatile Builders.Choice builder;

  /** Names this engine in the files kept beside it (build cache ledger, session register). */
  private final String engineKey;

  /** Dockerfiles (by content and target) this connection has built offline with no cache. */
  private final Set<String> builtOffline = ConcurrentHashMap.newKeySet();

  private DockerEngine(
      EngineConnection connection, String sessionId, Path cacheDirectory, Builders.Choice builder) {
    this.connection = connection;
    this.builder = builder;
    this.troubleLog = new TroubleLog(cacheDirectory.resolve("logs"));
    this.session =
        new SessionResources(connection.client, sessionId, cacheDirectory.resolve("builds"));
    this.images = new ImageReader(connection);
    JsonNode engineInfo = engineInfo(connection);
    this.info = describe(connection, engineInfo);
    this.engineKey = engineKey(info.endpoint(), engineInfo.path("ID").asText(""));
    OpenSessions.opened(session);
  }

  /**
   * Connects the way the docker CLI does (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH,
   * DOCKER_CONFIG, DOCKER_CONTEXT and the current context), pings, and negotiates the API version
   * once.
   *
   * @throws EngineUnavailableException with a one-or-two-line message saying what to do
   */
  public static DockerEngine connect() throws EngineUnavailableException {
    return connect(System.getenv());
  }

  /** Like {@link #connect()}, but reads the Docker variables from {@code environment}. */
  public static DockerEngine connect(Map<String, String> environment)
      throws EngineUnavailableException {
    EngineConnection connection = EngineConnection.open(environment);
    try {
      Builders.Choice builder =
          Builders.choose(connection, environment.getOrDefault(Builders.ENVIRONMENT, ""));
      return new DockerEngine(connection, newSessionId(), CacheDirectory.of(environment), builder);
    } catch (IllegalArgumentException e) {
      connection.close();
      throw new EngineUnavailableException(e.getMessage());
    }
  }

  /**
   * Builds with {@code name} from now on: {@code classic}, {@code buildkit}, or {@code auto} (what
   * the engine offers).
   *
   * @throws IllegalArgumentException naming the builders there are when this engine cannot use the
   *     one asked for
   */
  public void useBuilder(String name) {
    builder = Builders.choose(connection, name);
  }

  /**
   * "4242-9f3a1c2e.5d41402abc4b": this process, a random part (a pid is reused in time), and the
   * {@link PidSpace} when there is one, so a later session in the same space can see whether this
   * one still runs. It also goes into image tags, so it keeps to letters, digits, dots and dashes.
   */
  private static String newSessionId() {
    byte[] random = new byte[4];
    ThreadLocalRandom.current().nextBytes(random);
    return ProcessHandle.current().pid()
        + "-"
        + HexFormat.of().formatHex(random)
        + PidSpace.id().map(space -> "." + space).orElse("");
  }

  /** The engine's {@code /info}, read once; empty when it cannot be read. */
  private static JsonNode engineInfo(EngineConnection connection) {
    try {
      return connection.json("/info");
    } catch (EngineException | EngineConnection.NotFound e) {
      return MissingNode.getInstance();
    }
  }

  private static EngineInfo describe(EngineConnection connection, JsonNode engineInfo) {
    JsonNode version = connection.version;
    String storageDriver = engineInfo.path("Driver").asText("");
    boolean podman = Builders.isPodman(version);
    return new EngineInfo(
        podman ? "Podman" : "Docker",
        connection.endpoint.toString(),
        version.path("Version").asText(""),
        connection.apiVersion.toString(),
        version.path("MinAPIVersion").asText(""),
        version.path("Os").asText(""),
        version.path("Arch").asText(""),
        storageDriver,
        podman ? "buildah" : "classic");
  }

  /** What the engine is and how this process talks to it. */
  public EngineInfo info() {
    return info.withBuilder(builder.label());
  }

  /**
   * Puts a failed engine call in the words of {@link EngineTrouble}, {@code step} being where the
   * caller was, and writes its detail to the trouble log the result names.
   */
  public EngineTrouble trouble(Throwable failure, EngineStep step) {
    EngineTrouble trouble = EngineTroubles.classify(failure, step);
    return trouble.logFile().isPresent()
        ? trouble
        : troubleLog.record(trouble, info.endpoint(), failure);
  }

  /** Whether the engine answers a ping now (within the quick-call time). */
  public boolean answers() {
    try {
      connection.ping();
      return true;
    } catch (EngineException e) {
      return false;
    }
  }

  /**
   * Fails with the engine's trouble, {@code step} being where the caller is, if it does not answer
   * a ping.
   */
  public void requireAnswer(EngineStep step) throws EngineTroubleException {
    try {
      connection.ping();
    } catch (EngineException e) {
      throw new EngineTroubleException(trouble(e, step), e);
    }
  }

  /**
   * True when {@link #close} could not remove what this session made (the engine was gone or did
   * not answer): a later connection removes it with {@link #removeSession}.
   */
  public boolean leftResourcesBehind() {
    return leftBehind;
  }

  /** Removes what session {@code sessionId} (of this process, closed earlier) left; how many. */
  public int removeSession(String sessionId) {
    return session.removeSession(sessionId);
  }

  /** The value of {@link #SESSION_LABEL} on everything this process creates. */
  public String sessionId() {
    return session.sessionId();
  }

  /** The labels every resource of this session carries (owner and session). */
  public Map<String, String> sessionLabels() {
    return session.labels();
  }

  /**
   * Builds an image with the chosen builder ({@link EngineInfo#builder()}), reporting steps and
   * output to {@code events} as they happen. The image is tagged {@code request.tag()} and labelled
   * with this session. Events arrive in order on docker-java's stream thread, not the caller's;
   * this method returns after the last one.
   *
   * @throws BuildFailedException when the Dockerfile is refused (syntax) or a step fails; it
   *     carries the Dockerfile line when it can be found
   * @throws EngineTroubleException when the engine, not the Dockerfile, stopped the build: it went
   *     away, stopped answering or ran out of disk
   */
  public BuiltImage build(BuildRequest request, Consumer<BuildEvent> events)
      throws BuildFailedException, EngineTroubleException {
    if (!offlineBuilds) {
      return build(request, events, false, false);
    }
    // Offline, a Dockerfile's first build takes nothing from the cache (a step cached by an
    // earlier build with network would hide that it needs one); later builds of the same file,
    // such as a check's rebuild after changing a source, may reuse what that build made.
    String key = offlineKey(request);
    boolean first = !builtOffline.contains(key);
    BuiltImage built = build(request, events, true, first);
    builtOffline.add(key);
    return built;
  }

  private BuiltImage build(
      BuildRequest request, Consumer<BuildEvent> events, boolean offline, boolean fresh)
      throws BuildFailedException, EngineTroubleException {
    if (builder != Builders.Choice.BUILDKIT) {
      return new ImageBuilder(connection, session, offline, fresh).build(request, events);
    }
    try {
      return new BuildKitBuilder(connection, session, offline, fresh).build(request, events);
    } catch (BuildFailedException e) {
      // A session cut off by a dying engine reads as a failed build: ask before blaming the file.
      if (!answers()) {
        throw new EngineTroubleException(trouble(e, EngineStep.BUILDING), e);
      }
      throw e;
    } catch (RuntimeException e) {
      throw new EngineTroubleException(trouble(e, EngineStep.BUILDING), e);
    }
  }

  private static String offlineKey(BuildRequest request) {
    try {
      byte[] text = Files.readAllBytes(request.dockerfile());
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text);
      return HexFormat.of().formatHex(digest) + " " + request.target().orElse("");
    } catch (IOException | NoSuchAlgorithmException e) {
      return request.dockerfile() + " " + request.target().orElse("");
    }
  }

  /** True when the engine has an image by this name or id. */
  public boolean imageExists(String ref) {
    return images.exists(ref);
  }

  /** The image's configuration as stored. */
  public ImageDetails inspectImage(String ref) throws EngineException {
    return images.inspect(ref);
  }

  /** The image's history, oldest step first, with uncompressed layer sizes. */
  public List<HistoryEntry> history(String ref) throws EngineException {
    return images.history(ref);
  }

  /**
   * Opens an image's files for several reads through one created (never started) container. Close
   * it when done.
   */
  public ImageFilesystem openFilesystem(String image) throws EngineException {
    return new ImageFilesystem(connection, session, image);
  }

  /** What is at {@code path} in the image, without following a final symlink. */
  public Optional<PathStat> stat(String image, String path) throws EngineException {
    try (ImageFilesystem files = openFilesystem(image)) {
      return files.stat(path);
    }
  }

  /** Up to {@code maxBytes} of the regular file at {@code path} (symlinks followed). */
  public Optional<byte[]> readFile(String image, String path, int maxBytes) throws EngineException {
    try (ImageFilesystem files = openFilesystem(image)) {
      return files.readFile(path, maxBytes);
    }
  }

  /** Streams the image's flattened filesystem past {@code visitor}; never buffers the image. */
  public void exportFilesystem(String image, FilesystemVisitor visitor) throws EngineException {
    try (ImageFilesystem files = openFilesystem(image)) {
      files.export(visitor);
    }
  }

  /**
   * The headers of each of the image's layers, base first, read from one streamed {@code docker
   * save}; no content is kept, so even a gigabyte image costs only its file list.
   */
  public List<LayerListing> saveLayers(String image) throws EngineException {
    return saveLayers(image, TextScanner.none());
  }

  /**
   * As {@link #saveLayers(String)}, and searches the content of every regular file of every layer
   * for the scanner's texts, including files a later layer removes.
   */
  public List<LayerListing> saveLayers(String image, TextScanner scanner) throws EngineException {
    return new LayerSaver(connection, images, layerListings).save(image, scanner);
  }

  /**
   * Starts a container with one port published on 127.0.0.1, waits until it answers HTTP and takes
   * the first response; the container is always removed.
   */
  public HttpProbeResult probeHttp(HttpProbeRequest request) throws EngineException {
    return new HttpProber(connection, session).probe(request);
  }

  /** Runs a confined container to its end or its timeout; the container is always removed. */
  public RunResult run(RunRequest request) throws EngineException {
    return new ContainerRunner(connection, session).run(request);
  }

  /**
   * From now on, every build of this connection runs with no network, and the first build of each
   * Dockerfile with no build cache: what an author runs to prove a course builds offline once its
   * base images are present.
   */
  public void buildOffline() {
    offlineBuilds = true;
  }

  /**
   * Keeps the step images of this session's builds after it ends, as Docker keeps its own build
   * cache, so the next session's checks reuse them; least recently used first, they go when more
   * than {@code capBytes} are kept. The ledger that lists them lives in {@code directory}, one file
   * per engine.
   */
  public void keepBuildCache(Path directory, long capBytes) {
    BuildCache cache = new BuildCache(directory.resolve(ledgerName()), capBytes);
    session.keepBuildCache(cache);
    Path kept = directory.resolve("kept-images-" + engineKey + ".properties");
    session.keepImages(
        new KeptImages(
            connection.client, kept, engineKey, cache, bytes -> session.cacheGrew(bytes)));
  }

  /**
   * The final image of each exercise's last check, kept with the key of what it was built from,
   * when {@link #keepBuildCache} was called; empty for offline builds, which never reuse an image.
   */
  public Optional<KeptImages> keptImages() {
    return offlineBuilds ? Optional.empty() : session.keptImages();
  }

  /** What the kept build cache holds, when {@link #keepBuildCache} was called. */
  public Optional<BuildCacheSummary> buildCache() throws EngineException {
    try {
      return session.keptBuildCache().map(cache -> cache.summary(connection.client));
    } catch (RuntimeException e) {
      throw new EngineException(
          "Listing the build cache failed: " + EngineProblems.rootCause(e).getMessage(), e);
    }
  }

  /** Removes every image of the kept build cache; returns how many went. */
  public int clearBuildCache() {
    int kept = session.keptImages().map(KeptImages::clear).orElse(0);
    return kept + session.keptBuildCache().map(cache -> cache.clear(connection.client)).orElse(0);
  }

  /**
   * The engine's own id names its ledger: two engines never share one, one engine keeps its own.
   */
  private String ledgerName() {
    return "build-cache-" + engineKey + ".tsv";
  }

  /** Twelve hex digits naming an engine: its address and its own id. */
  private static String engineKey(String endpoint, String engineId) {
    String key = endpoint + "\n" + engineId;
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Pull, save and load of whole images, for the offline kit of a course. */
  public ImageTransfer imageTransfer() {
    return new ImageTransfer(connection);
  }

  /** Removes an image (forcefully, all its tags); quiet when it is absent. */
  public void removeImage(String ref) {
    session.removeImage(ref);
  }

  /** Removes every container and image labelled with this session; returns how many. */
  public int removeCreated() {
    return session.removeAll();
  }

  /**
   * Removes stagecraft's containers and images left by sessions that ended without cleaning up:
   * those whose process is gone from this machine, and any older than {@code age} (other machines
   * sharing the engine); returns how many.
   */
  public int removeLeftovers(Duration age) {
    return cleanUpLeftovers(age).removed();
  }

  /**
   * As {@link #removeLeftovers}, and says which containers and images would not go, with the
   * engine's reason (a container stuck in removal, a dead one whose files cannot be deleted).
   */
  public Leftovers cleanUpLeftovers(Duration age) {
    return session.removeEnded(Instant.now().minus(age));
  }

  /**
   * Keeps what outlives this session in {@code directory}: a register of sessions, one per engine,
   * so the next session knows whether this one ended without cleaning up (see {@link
   * #removeLeftoversWhenDue}), and the file lists of large layers by their diff id (at most {@code
   * layerListingBytes} of them), so a base image's layers are read once, not at every check that
   * reads each layer. Both are right for any engine: a diff id is the digest of a layer's content.
   */
  public void keepStateIn(Path directory, long layerListingBytes) {
    SessionRegister sessions = new SessionRegister(directory.resolve("sessions-" + engineKey));
    sessions.enter(sessionId());
    register = Optional.of(sessions);
    layerListings =
        Optional.of(new LayerListingCache(directory.resolve("layers"), layerListingBytes));
  }

  /** Removes the layer file lists {@link #keepStateIn} kept; returns how many. */
  public int clearLayerListings() {
    return layerListings.map(LayerListingCache::clear).orElse(0);
  }

  /** Bytes of the layer file lists kept on disk. */
  public long layerListingBytes() {
    return layerListings.map(LayerListingCache::bytes).orElse(0L);
  }

  /**
   * As {@link #removeLeftovers}, but only when the register says it may find something: a session
   * of this machine ended without closing, or the last search is an hour old. Without a register it
   * always searches. Returns how many resources went.
   */
  public int removeLeftoversWhenDue(Duration age) {
    Optional<SessionRegister> sessions = register;
    Instant now = Instant.now();
    Optional<String> space = PidSpace.id();
    if (sessions.isPresent() && !sessions.get().sweepDue(now, space)) {
      return 0;
    }
    int removed = removeLeftovers(age);
    sessions.ifPresent(r -> r.swept(now, space, age));
    return removed;
  }

  /** How many containers and images carry this session's label (for tests and diagnostics). */
  int sessionResourceCount() {
    return session.count(sessionId());
  }

  /** How many containers and images carry {@code sessionId}'s label. */
  int sessionResourceCount(String sessionId) {
    return session.count(sessionId);
  }

  /** Removes what this session created, then closes the connection. Safe to call twice. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    // An engine that is gone or frozen would make every removal wait for its time limit.
    if (answers()) {
      session.removeAll();
      try {
        leftBehind = !session.allRemoved() && session.count(sessionId()) > 0;
      } catch (RuntimeException e) {
        leftBehind = true;
      }
      if (!leftBehind) {
        session.forgetJournal();
      }
    } else {
      leftBehind = true;
    }
    if (!leftBehind) {
      // Still registered, this session tells the next one there is something to sweep.
      register.ifPresent(r -> r.leave(sessionId()));
    }
    OpenSessions.closed(session);
    connection.close();
  }
}
