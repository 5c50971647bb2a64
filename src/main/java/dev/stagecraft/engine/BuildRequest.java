package dev.stagecraft.engine;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * One image build.
 *
 * @param contextDir the build context; its {@code .dockerignore} applies
 * @param dockerfile the Dockerfile, inside or outside the context
 * @param target the stage to stop at, or empty for the last stage
 * @param tag the name:tag the image gets; it is inspected by this tag afterwards
 * @param labels extra labels; the session labels are always added
 * @param noCache build every step again
 * @param buildArgs values for ARG instructions
 * @param secrets values for {@code RUN --mount=type=secret,id=ID}, by id; BuildKit only, and never
 *     written into the image
 */
public record BuildRequest(
    Path contextDir,
    Path dockerfile,
    Optional<String> target,
    String tag,
    Map<String, String> labels,
    boolean noCache,
    Map<String, String> buildArgs,
    Map<String, String> secrets) {

  public BuildRequest {
    target = target.filter(t -> !t.isBlank());
    labels = Map.copyOf(labels);
    buildArgs = Map.copyOf(buildArgs);
    secrets = Map.copyOf(secrets);
  }

  /** A build without secrets. */
  public BuildRequest(
      Path contextDir,
      Path dockerfile,
      Optional<String> target,
      String tag,
      Map<String, String> labels,
      boolean noCache,
      Map<String, String> buildArgs) {
    this(contextDir, dockerfile, target, tag, labels, noCache, buildArgs, Map.of());
  }

  /** A plain build of {@code dockerfile} in {@code contextDir}, tagged {@code tag}. */
  public static BuildRequest of(Path contextDir, Path dockerfile, String tag) {
    return new BuildRequest(
        contextDir, dockerfile, Optional.empty(), tag, Map.of(), false, Map.of());
  }

  public BuildRequest withTarget(String stage) {
    return new BuildRequest(
        contextDir, dockerfile, Optional.of(stage), tag, labels, noCache, buildArgs, secrets);
  }

  public BuildRequest withNoCache(boolean value) {
    return new BuildRequest(contextDir, dockerfile, target, tag, labels, value, buildArgs, secrets);
  }

  public BuildRequest withBuildArgs(Map<String, String> args) {
    return new BuildRequest(contextDir, dockerfile, target, tag, labels, noCache, args, secrets);
  }

  public BuildRequest withLabels(Map<String, String> extra) {
    return new BuildRequest(
        contextDir, dockerfile, target, tag, extra, noCache, buildArgs, secrets);
  }

  public BuildRequest withSecrets(Map<String, String> values) {
    return new BuildRequest(
        contextDir, dockerfile, target, tag, labels, noCache, buildArgs, values);
  }
}
