package dev.stagecraft.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * An open, version-negotiated connection to one engine: the docker-java client for typed commands
 * and the raw HTTP client for the endpoints docker-java does not cover (export, archive stat,
 * history).
 */
final class EngineConnection implements AutoCloseable {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = new ObjectMapper();

  final URI endpoint;
  final ApiVersion apiVersion;
  final JsonNode version;
  final DockerClient client;
  final Duration quickLimit;

  /** True when the endpoint is reached over TLS (DOCKER_TLS_VERIFY). */
  final boolean tls;

  private final DockerHttpClient http;

  private EngineConnection(
      URI endpoint,
      ApiVersion apiVersion,
      JsonNode version,
      DockerClient client,
      boolean tls,
      DockerHttpClient http,
      Duration quickLimit) {
    this.endpoint = endpoint;
    this.tls = tls;
    this.quickLimit = quickLimit;
    this.apiVersion = apiVersion;
    this.version = version;
    this.client = client;
    this.http = http;
  }

  /**
   * Connects as the docker CLI would with environment {@code env}: pings the engine, reads its
   * version and settles on one API version for every later request.
   */
  static EngineConnection open(Map<String, String> env) throws EngineUnavailableException {
    DefaultDockerClientConfig unversioned = configFrom(env, null);
    URI endpoint = unversioned.getDockerHost();
    EngineProblems.checkReachable(endpoint);
    Duration quickLimit = WatchedHttpClient.limitFrom(env);
    DockerHttpClient http =
        new WatchedHttpClient(
            new ApacheDockerHttpClient.Builder()
                .dockerHost(endpoint)
                .sslConfig(unversioned.getSSLConfig())
                .connectionTimeout(CONNECT_TIMEOUT)
                .build(),
            quickLimit);
    try {
      ping(http, endpoint);
      JsonNode version = getJson(http, endpoint, "/version");
      ApiVersion serverMax = ApiVersion.parse(version.path("ApiVersion").asText("1.41"));
      ApiVersion serverMin = ApiVersion.parse(version.path("MinAPIVersion").asText("1.12"));
      ApiVersion chosen = ApiVersion.negotiate(serverMax, serverMin);
      DockerClientConfig versioned = configFrom(env, chosen.toString());
      DockerClient client = DockerClientImpl.getInstance(versioned, http);
      return new EngineConnection(
          endpoint, chosen, version, client, unversioned.getSSLConfig() != null, http, quickLimit);
    } catch (EngineUnavailableException | RuntimeException e) {
      closeQuietly(http);
      throw e;
    }
  }

  static DefaultDockerClientConfig configFrom(Map<String, String> env, String apiVersion)
      throws EngineUnavailableException {
    Properties properties = new Properties();
    properties.setProperty(
        "DOCKER_CONFIG",
        nonBlank(env.get("DOCKER_CONFIG"), System.getProperty("user.home") + "/.docker"));
    for (String key : new String[] {"DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_CERT_PATH"}) {
      String value = env.get(key);
      if (value != null && !value.isBlank()) {
        properties.setProperty(key, value.trim());
      }
    }
    String tlsVerify = env.get("DOCKER_TLS_VERIFY");
    if (tlsVerify != null && !tlsVerify.isBlank()) {
      // The docker CLI treats any non-empty value as "verify"; docker-java wants true or 1.
      properties.setProperty("DOCKER_TLS_VERIFY", "0".equals(tlsVerify.trim()) ? "0" : "1");
    }
    String host = properties.getProperty("DOCKER_HOST");
    if (host != null) {
      try {
        EngineProblems.checkScheme(new URI(host));
      } catch (URISyntaxException e) {
        throw new EngineUnavailableException(
            "DOCKER_HOST is "
                + host
                + ", which is not an address: stagecraft understands unix://, tcp:// and npipe://"
                + " addresses only.");
      }
    }
    try {
      DefaultDockerClientConfig.Builder builder =
          new DefaultDockerClientConfig.Builder().withProperties(properties);
      if (apiVersion != null) {
        builder.withApiVersion(apiVersion);
      }
      DefaultDockerClientConfig config = builder.build();
      EngineProblems.checkScheme(config.getDockerHost());
      return config;
    } catch (RuntimeException e) {
      throw new EngineUnavailableException(
          "The Docker client settings cannot be used: "
              + e.getMessage()
              + ". Check DOCKER_HOST, DOCKER_CONTEXT, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH.",
          e);
    }
  }

  private static void ping(DockerHttpClient http, URI endpoint) throws EngineUnavailableException {
    try (DockerHttpClient.Response response = http.execute(get("/_ping"))) {
      if (response.getStatusCode() != 200) {
        throw new EngineUnavailableException(
            "The Docker engine at "
                + endpoint
                + " answered ping with HTTP "
                + response.getStatusCode()
                + ". Check that it is healthy (docker info).");
      }
    } catch (RuntimeException e) {
      throw EngineProblems.unreachable(endpoint, e);
    }
  }

  private static JsonNode getJson(DockerHttpClient http, URI endpoint, String path)
      throws EngineUnavailableException {
    try (DockerHttpClient.Response response = http.execute(get(path));
        InputStream body = response.getBody()) {
      if (response.getStatusCode() != 200) {
        throw new EngineUnavailableException(
            "The Docker engine at "
                + endpoint
                + " answered "
                + path
                + " with HTTP "
                + response.getStatusCode()
                + ".");
      }
      return JSON.readTree(body);
    } catch (IOException | RuntimeException e) {
      throw EngineProblems.unreachable(endpoint, e);
    }
  }

  private static DockerHttpClient.Request get(String path) {
    return DockerHttpClient.Request.builder()
        .method(DockerHttpClient.Request.Method.GET)
        .path(path)
        .build();
  }

  /** Asks the engine whether it still answers (a quick call, so a hang fails in time). */
  void ping() throws EngineException {
    try (DockerHttpClient.Response response = http.execute(get("/_ping"))) {
      if (response.getStatusCode() != 200) {
        throw new EngineException("The engine answered ping with HTTP " + response.getStatusCode());
      }
    } catch (RuntimeException e) {
      throw new EngineException("The engine did not answer ping", e);
    }
  }

  /** Sends a raw request to the versioned path ({@code /v1.41/...}); the caller closes it. */
  DockerHttpClient.Response raw(String method, String path) {
    // The HTTP client offers gzip by default, and the engine then compresses archives of paths:
    // ten times slower than sending them as they are over a local socket (3.4 s against 0.4 s
    // for the 78 MB of /usr/bin in the golang image).
    return http.execute(
        DockerHttpClient.Request.builder()
            .method(method)
            .path("/v" + apiVersion + path)
            .putHeader("Accept-Encoding", "identity")
            .build());
  }

  /**
   * Sends a raw request with a body (a tar to load) to the versioned path; the caller closes it.
   */
  DockerHttpClient.Response raw(String method, String path, InputStream body, String contentType) {
    return http.execute(
        DockerHttpClient.Request.builder()
            .method(method)
            .path("/v" + apiVersion + path)
            .putHeader("Accept-Encoding", "identity")
            .putHeader("Content-Type", contentType)
            .body(body)
            .build());
  }

  /** GETs a versioned path and reads its JSON answer; 404 becomes {@link NotFound}. */
  JsonNode json(String path) throws EngineException, NotFound {
    try (DockerHttpClient.Response response = raw("GET", path);
        InputStream body = response.getBody()) {
      if (response.getStatusCode() == 404) {
        throw new NotFound(path);
      }
      if (response.getStatusCode() / 100 != 2) {
        throw new EngineException(
            "The Docker engine answered "
                + path
                + " with HTTP "
                + response.getStatusCode()
                + ": "
                + errorMessage(body));
      }
      return JSON.readTree(body);
    } catch (IOException | UncheckedIOException e) {
      throw new EngineException("Reading " + path + " from the Docker engine failed: " + e, e);
    }
  }

  /** The "message" of an engine error body, or the body itself. */
  static String errorMessage(InputStream body) {
    try {
      byte[] bytes = body.readNBytes(4096);
      String text = new String(bytes, StandardCharsets.UTF_8).trim();
      try {
        JsonNode node = JSON.readTree(text);
        return node.path("message").asText(text);
      } catch (IOException notJson) {
        return text;
      }
    } catch (IOException e) {
      return "(no details)";
    }
  }

  static String encode(String queryValue) {
    return URLEncoder.encode(queryValue, StandardCharsets.UTF_8);
  }

  private static String nonBlank(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  private static void closeQuietly(DockerHttpClient http) {
    try {
      http.close();
    } catch (IOException ignored) {
      // Nothing was created yet; a failed close leaves nothing behind.
    }
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (IOException ignored) {
      // Closing releases sockets only; the engine keeps no state for us to lose.
    }
  }

  /** A 404 from the engine: the image, container or path is not there. */
  static final class NotFound extends Exception {
    NotFound(String path) {
      super(path);
    }
  }
}
