package dev.stagecraft.facts;

import dev.stagecraft.engine.ImageDetails;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The runtime configuration of an image, as `docker inspect` reports it. */
public record ImageConfigFacts(
    String user,
    List<String> entrypoint,
    List<String> cmd,
    List<String> env,
    Set<String> exposedPorts,
    Map<String, String> labels,
    String workingDir,
    Optional<List<String>> healthcheck) {

  /** The default PATH Docker gives a container whose image sets none. */
  public static final String DEFAULT_PATH =
      "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  /** The configuration {@code docker inspect} gave. */
  static ImageConfigFacts of(ImageDetails details) {
    return new ImageConfigFacts(
        details.user(),
        details.entrypoint(),
        details.cmd(),
        details.env(),
        details.exposedPorts(),
        details.labels(),
        details.workingDir(),
        details.healthcheck());
  }

  /** The value of an environment variable of the image config. */
  public Optional<String> envValue(String name) {
    String prefix = name + "=";
    return env.stream()
        .filter(e -> e.startsWith(prefix))
        .map(e -> e.substring(prefix.length()))
        .reduce((first, last) -> last);
  }

  /** The PATH directories a process in the container searches, in order. */
  public List<String> pathDirectories() {
    return List.of(envValue("PATH").orElse(DEFAULT_PATH).split(":")).stream()
        .filter(dir -> !dir.isBlank())
        .toList();
  }
}
