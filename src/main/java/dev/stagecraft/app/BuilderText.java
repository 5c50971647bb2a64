package dev.stagecraft.app;

import dev.stagecraft.engine.EngineInfo;
import java.util.List;

/** What the front ends say of the builder an engine runs builds with. */
public final class BuilderText {

  private BuilderText() {}

  /** Short phrases, each fit for a 60-column line: what the builder does that matters here. */
  public static List<String> traits(EngineInfo info) {
    if (info.isPodman()) {
      return List.of("Podman's: it skips stages the target does not need");
    }
    if (info.isBuildKit()) {
      return info.hasOldBuildKitFrontend()
          ? List.of(
              "skips stages the target does not need",
              "RUN --mount and COPY --chmod work",
              "no heredocs or COPY --link: Docker 20.10's frontend")
          : List.of("skips stages the target does not need", "all Dockerfile syntax");
    }
    return List.of("builds every stage above the target", "no RUN --mount, no heredocs");
  }

  /** One line: the builder's name and its traits. */
  public static String describe(EngineInfo info) {
    return info.builder() + " (" + String.join("; ", traits(info)) + ")";
  }
}
