package dev.stagecraft.app;

import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineUnavailableException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** How the workbench reaches an engine; tests point it at a socket of their choosing. */
@FunctionalInterface
public interface EngineConnector {

  /** The build cache stagecraft keeps in a learner's engine unless told otherwise: 2 GB. */
  long DEFAULT_BUILD_CACHE_MB = 2048;

  DockerEngine connect() throws EngineUnavailableException;

  /**
   * Where what outlives a session is kept (the build cache's ledger, sizes measured to compare
   * with); empty for connectors that keep nothing, as tests' do.
   */
  default Optional<Path> stateDirectory() {
    return Optional.empty();
  }

  /**
   * Connects the way the docker CLI does, from this process's environment, and keeps the build
   * cache across sessions, as Docker does: its ledger in {@code STAGECRAFT_CACHE_DIR} (else {@code
   * $XDG_CACHE_HOME/stagecraft}, else {@code ~/.cache/stagecraft}), at most {@code
   * STAGECRAFT_BUILD_CACHE_MB} megabytes (2048; 0 keeps nothing past a session).
   */
  static EngineConnector fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /**
   * As {@link #fromEnvironment()}, with {@code environment} instead of this process's (a front
   * end's {@code --builder} sets {@code STAGECRAFT_BUILDER} in a copy).
   */
  static EngineConnector fromEnvironment(Map<String, String> environment) {
    Path directory = cacheDirectory(environment);
    return new EngineConnector() {
      @Override
      public DockerEngine connect() throws EngineUnavailableException {
        DockerEngine engine = DockerEngine.connect(environment);
        engine.keepBuildCache(directory, buildCacheBytes(environment));
        return engine;
      }

      @Override
      public Optional<Path> stateDirectory() {
        return Optional.of(directory);
      }
    };
  }

  /** Where stagecraft keeps what outlives a session in this user's account. */
  static Path cacheDirectory(Map<String, String> environment) {
    String own = environment.getOrDefault("STAGECRAFT_CACHE_DIR", "");
    if (!own.isBlank()) {
      return Path.of(own);
    }
    String xdg = environment.getOrDefault("XDG_CACHE_HOME", "");
    Path base = xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg);
    return base.resolve("stagecraft");
  }

  /** The build cache's cap; a value that is not a whole number of megabytes gets the default. */
  static long buildCacheBytes(Map<String, String> environment) {
    long megabytes;
    try {
      megabytes =
          Long.parseLong(
              environment
                  .getOrDefault("STAGECRAFT_BUILD_CACHE_MB", "" + DEFAULT_BUILD_CACHE_MB)
                  .strip());
    } catch (NumberFormatException e) {
      megabytes = DEFAULT_BUILD_CACHE_MB;
    }
    return Math.max(megabytes, 0) * 1_000_000L;
  }
}
