package dev.stagecraft.engine;

/**
 * What the connected engine is: where it is, its version, the API version this process negotiated
 * with it, and how images are built and stored.
 *
 * @param product which engine answers: {@code Docker} or {@code Podman} (its Docker-compatible API)
 * @param endpoint the engine address, e.g. {@code unix:///var/run/docker.sock}
 * @param serverVersion the engine's own version, e.g. {@code 20.10.24}
 * @param apiVersion the API version every request of this process uses
 * @param minApiVersion the oldest API version the engine accepts
 * @param builder how builds run: {@code buildkit} (a BuildKit session, where the engine offers
 *     one), {@code classic} (the Engine API's own builder), {@code buildah} on Podman
 */
public record EngineInfo(
    String product,
    String endpoint,
    String serverVersion,
    String apiVersion,
    String minApiVersion,
    String os,
    String arch,
    String storageDriver,
    String builder) {

  /** The same engine, building with {@code name}. */
  public EngineInfo withBuilder(String name) {
    return new EngineInfo(
        product, endpoint, serverVersion, apiVersion, minApiVersion, os, arch, storageDriver, name);
  }

  /** BuildKit builds only the stages the target needs, and knows RUN --mount. */
  public boolean isBuildKit() {
    return builder.equals("buildkit");
  }

  /**
   * True for BuildKit of Docker 20.10 or older, whose built-in Dockerfile frontend predates
   * heredocs and {@code COPY --link} (they came with Docker 23); no newer one can be pulled here.
   */
  public boolean hasOldBuildKitFrontend() {
    int major;
    try {
      major = Integer.parseInt(serverVersion.replaceFirst("^(\\d+).*$", "$1"));
    } catch (NumberFormatException e) {
      major = 0;
    }
    return isBuildKit() && major < 23;
  }

  /** Podman's builder skips stages the target does not need, as BuildKit does. */
  public boolean isPodman() {
    return product.equals("Podman");
  }
}
