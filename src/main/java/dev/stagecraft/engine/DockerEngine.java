package dev.stagecraft.engine;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
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
  private final Thread shutdownHook;
  private boolean closed;
  private volatile boolean offlineBuilds;
  private volatile Builders.Choice builder;

  /** Dockerfiles (by content and target) this connection has built offline with no cache. */
  private final Set<String> builtOffline = ConcurrentHashMap.newKeySet();

  private DockerEngine(EngineConnection connection, String sessionId, Builders.Choice builder) {
    this.connection = connection;
    this.builder = builder;
    this.session = new SessionResources(connection.client, sessionId);
    this.images = new ImageReader(connection);
    this.info = describe(connection);
    this.shutdownHook = new Thread(session::removeAll, "stagecraft-engine-cleanup");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
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
      return new DockerEngine(connection, newSessionId(), builder);
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

  private static EngineInfo describe(EngineConnection connection) {
    JsonNode version = connection.version;
    String storageDriver;
    try {
      storageDriver = connection.json("/info").path("Driver").asText("");
    } catch (EngineException | EngineConnection.NotFound e) {
      storageDriver = "";
    }
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
   */
  public BuiltImage build(BuildRequest request, Consumer<BuildEvent> events)
      throws BuildFailedException {
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
      throws BuildFailedException {
    return builder == Builders.Choice.BUILDKIT
        ? new BuildKitBuilder(connection, session, offline, fresh).build(request, events)
        : new ImageBuilder(connection, session, offline, fresh).build(request, events);
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
    try (DockerHttpClient.Response response = connection.raw("GET", "/images/" + image + "/get");
        InputStream body = response.getBody()) {
      if (response.getStatusCode() / 100 != 2) {
        throw new EngineException(
            "The Docker engine could not save "
                + image
                + ": "
                + EngineConnection.errorMessage(body));
      }
      return SaveArchive.read(body, scanner);
    } catch (IOException | RuntimeException e) {
      throw new EngineException("Reading the layers of " + image + " failed: " + e, e);
    }
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
    session.keepBuildCache(new BuildCache(directory.resolve(ledgerName()), capBytes));
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
    return session.keptBuildCache().map(cache -> cache.clear(connection.client)).orElse(0);
  }

  /**
   * The engine's own id names its ledger: two engines never share one, one engine keeps its own.
   */
  private String ledgerName() {
    String id;
    try {
      id = connection.json("/info").path("ID").asText("");
    } catch (EngineException | EngineConnection.NotFound e) {
      id = "";
    }
    String key = info.endpoint() + "\n" + id;
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(UTF_8));
      return "build-cache-" + HexFormat.of().formatHex(digest, 0, 6) + ".tsv";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
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
    return session.removeEnded(Instant.now().minus(age));
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
    session.removeAll();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // Called from another shutdown hook: ours runs anyway and finds nothing left.
    }
    connection.close();
  }
}
