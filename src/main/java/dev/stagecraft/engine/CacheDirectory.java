package dev.stagecraft.engine;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where stagecraft keeps what outlives a session in this user's account: {@code
 * STAGECRAFT_CACHE_DIR}, else {@code $XDG_CACHE_HOME/stagecraft}, else {@code ~/.cache/stagecraft}.
 */
public final class CacheDirectory {

  private CacheDirectory() {}

  public static Path of(Map<String, String> environment) {
    String own = environment.getOrDefault("STAGECRAFT_CACHE_DIR", "");
    if (!own.isBlank()) {
      return Path.of(own);
    }
    String xdg = environment.getOrDefault("XDG_CACHE_HOME", "");
    Path base = xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg);
    return base.resolve("stagecraft");
  }
}
