package dev.stagecraft.lint;

/** Which builder will run the Dockerfile: it decides which syntax is allowed. */
public enum Builder {
  /**
   * The classic builder behind the Engine API's build endpoint: no {@code RUN --mount}, no
   * heredocs, no {@code COPY --link} or {@code --chmod}.
   */
  CLASSIC,
  /**
   * BuildKit with the Dockerfile frontend built into Docker 20.10 (dockerfile 1.2, found by
   * trying): {@code RUN --mount} and {@code COPY/ADD --chmod}, but no heredocs, {@code COPY
   * --link}, {@code RUN --network} or {@code --security}; no newer frontend can be pulled offline.
   */
  BUILDKIT_DOCKER_20,
  /** BuildKit of Docker 23 or newer ({@code docker buildx build}): accepts all syntax. */
  BUILDKIT
}
