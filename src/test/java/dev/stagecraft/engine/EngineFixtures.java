package dev.stagecraft.engine;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/** Test resources and base images shared by the engine's integration tests. */
final class EngineFixtures {

  /** Stand-ins first (built by .ci/images/build.sh), then the official names. */
  private static final List<String> DEBIAN =
      List.of("stagecraft/standin-debian:bookworm-slim", "debian:bookworm-slim");

  private EngineFixtures() {}

  static Path resource(String name) {
    try {
      return Path.of(EngineFixtures.class.getResource("/engine/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A connection that builds with the classic builder (buildah on Podman), for tests of what only
   * that builder does: step images, its build cache ledger.
   */
  static DockerEngine classicEngine() throws EngineUnavailableException {
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.put(Builders.ENVIRONMENT, "classic");
    return DockerEngine.connect(environment);
  }

  static String uniqueTag(String name) {
    return "stagecraft-test/" + name + ":" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A Debian image with a shell; skips (or fails in CI) when none has been built or pulled. */
  static String debianImage(DockerEngine engine) {
    Optional<String> present = DEBIAN.stream().filter(engine::imageExists).findFirst();
    if (present.isEmpty() && EngineAvailable.required()) {
      throw new AssertionError("no Debian image; run .ci/images/build.sh first");
    }
    Assumptions.assumeTrue(
        present.isPresent(), "skipped: no Debian image (run .ci/images/build.sh)");
    return present.get();
  }
}
