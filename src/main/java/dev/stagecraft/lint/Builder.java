package dev.stagecraft.lint;

/** Which builder will run the Dockerfile: it decides which syntax is allowed. */
public enum Builder {
  /**
   * The classic builder behind the Engine API's build endpoint, which stagecraft uses: no {@code
   * RUN --mount}, no heredocs, no {@code COPY --link}.
   */
  CLASSIC,
  /** BuildKit ({@code docker buildx build}, {@code DOCKER_BUILDKIT=1}): accepts all syntax. */
  BUILDKIT
}
