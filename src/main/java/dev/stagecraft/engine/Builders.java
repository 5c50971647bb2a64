package dev.stagecraft.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Which builder runs this engine's builds. BuildKit where the engine offers it, as {@code docker
 * build} does since Docker 23: an engine from API 1.39 on that is not Podman, reached over a plain
 * socket (a TLS endpoint keeps the classic builder: the session's own connection speaks no TLS).
 * Podman builds with buildah behind the same endpoint, whatever is asked.
 */
final class Builders {

  /** The environment variable that picks the builder: classic, buildkit or auto. */
  static final String ENVIRONMENT = "STAGECRAFT_BUILDER";

  private static final ApiVersion FIRST_WITH_SESSIONS = new ApiVersion(1, 39);

  enum Choice {
    CLASSIC("classic"),
    BUILDKIT("buildkit"),
    BUILDAH("buildah");

    private final String label;

    Choice(String label) {
      this.label = label;
    }

    /** The name users and reports see. */
    String label() {
      return label;
    }
  }

  private Builders() {}

  /**
   * The builder {@code asked} for on this engine ("" or "auto": the best the engine offers).
   *
   * @throws IllegalArgumentException for a name that is no builder, or BuildKit where the engine
   *     has none, saying what can be used
   */
  static Choice choose(EngineConnection connection, String asked) {
    String name = asked.strip().toLowerCase(Locale.ROOT);
    if (isPodman(connection.version)) {
      return Choice.BUILDAH;
    }
    boolean offered = buildKitOffered(connection);
    return switch (name) {
      case "", "auto" -> offered ? Choice.BUILDKIT : Choice.CLASSIC;
      case "classic" -> Choice.CLASSIC;
      case "buildkit" -> {
        if (!offered) {
          throw new IllegalArgumentException(
              "This engine cannot build with BuildKit from stagecraft (API "
                  + connection.apiVersion
                  + ", "
                  + connection.endpoint.getScheme()
                  + "://); use --builder classic.");
        }
        yield Choice.BUILDKIT;
      }
      default ->
          throw new IllegalArgumentException(
              "There is no builder called '" + asked.strip() + "': use classic or buildkit.");
    };
  }

  static boolean isPodman(JsonNode version) {
    boolean podman = false;
    for (JsonNode component : version.path("Components")) {
      podman |= component.path("Name").asText("").toLowerCase(Locale.ROOT).contains("podman");
    }
    return podman;
  }

  private static boolean buildKitOffered(EngineConnection connection) {
    String scheme = String.valueOf(connection.endpoint.getScheme());
    boolean plainSocket = scheme.equals("unix") || (scheme.equals("tcp") && !connection.tls);
    return plainSocket
        && connection.apiVersion.compareTo(FIRST_WITH_SESSIONS) >= 0
        && connection.version.path("Os").asText("linux").equals("linux");
  }
}
