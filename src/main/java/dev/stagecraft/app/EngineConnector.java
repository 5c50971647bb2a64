package dev.stagecraft.app;

import dev.stagecraft.engine.CacheDirectory;
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

  /**
   * Room for the file lists of large layers kept on disk: the golang image's take 2 MB, so a whole
   * course's bases fit many times over.
   */
  long LAYER_LISTINGS_BYTES = 64L * 1024 * 1024;

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
        engine.keepStateIn(directory, LAYER_LISTINGS_BYTES);
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
    return CacheDirectory.of(environment);
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
