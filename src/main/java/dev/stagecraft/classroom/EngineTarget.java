package dev.stagecraft.classroom;

import java.util.HashMap;
import java.util.Map;

/**
 * One engine a class is graded on, as the instructor named it, and the Docker environment that
 * reaches it: {@code unix:///...} or {@code tcp://host:2376} (TLS through DOCKER_TLS_VERIFY and
 * DOCKER_CERT_PATH, as for the docker CLI), or the name of a docker context.
 *
 * @param name what reports show in their engine column
 * @param environment the Docker variables the connection reads
 */
public record EngineTarget(String name, Map<String, String> environment) {

  public EngineTarget {
    environment = Map.copyOf(environment);
  }

  /** The engine the docker CLI would use in this environment. */
  public static EngineTarget current(Map<String, String> environment) {
    String host = environment.getOrDefault("DOCKER_HOST", "");
    String context = environment.getOrDefault("DOCKER_CONTEXT", "");
    String name = !host.isBlank() ? host.strip() : !context.isBlank() ? context.strip() : "default";
    return new EngineTarget(name, dockerVariables(environment));
  }

  /**
   * The engine {@code spec} names: an address with a scheme, or else a docker context.
   *
   * @throws IllegalArgumentException for a blank spec or one a context name cannot be
   */
  public static EngineTarget parse(String spec, Map<String, String> environment) {
    String given = spec.strip();
    if (given.isEmpty()) {
      throw new IllegalArgumentException("--engine needs an address or a docker context name");
    }
    Map<String, String> variables = new HashMap<>(dockerVariables(environment));
    variables.remove("DOCKER_HOST");
    variables.remove("DOCKER_CONTEXT");
    if (given.contains("://")) {
      variables.put("DOCKER_HOST", given);
    } else if (given.matches("[A-Za-z0-9][A-Za-z0-9_.+-]*")) {
      variables.put("DOCKER_CONTEXT", given);
    } else {
      throw new IllegalArgumentException(
          "--engine "
              + given
              + " is neither an address (unix:///var/run/docker.sock, tcp://host:2376) nor a"
              + " docker context name");
    }
    return new EngineTarget(given, variables);
  }

  private static Map<String, String> dockerVariables(Map<String, String> environment) {
    Map<String, String> variables = new HashMap<>();
    for (String key :
        new String[] {
          "DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH", "DOCKER_CONFIG"
        }) {
      String value = environment.get(key);
      if (value != null && !value.isBlank()) {
        variables.put(key, value);
      }
    }
    return variables;
  }
}
