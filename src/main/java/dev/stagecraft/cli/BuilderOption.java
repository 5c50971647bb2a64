package dev.stagecraft.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --builder classic|buildkit|auto} of the commands that build: it goes to the engine as
 * {@code STAGECRAFT_BUILDER}, which also works on its own.
 */
final class BuilderOption {

  static final String VARIABLE = "STAGECRAFT_BUILDER";

  static final String DESCRIPTION =
      "Builder to build with: buildkit, classic, or auto (BuildKit where the engine offers it);"
          + " default: $STAGECRAFT_BUILDER, else auto.";

  private BuilderOption() {}

  /** A known builder name, lower-cased, or empty for a name no builder has. */
  static Optional<String> parse(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    return switch (lower) {
      case "classic", "buildkit", "auto" -> Optional.of(lower);
      default -> Optional.empty();
    };
  }

  /**
   * The environment to connect with, {@code base} with the builder {@code option} names; empty,
   * after telling {@code err} which names there are, when it names none.
   */
  static Optional<Map<String, String>> environment(
      String command, Optional<String> option, Map<String, String> base, PrintWriter err) {
    Optional<String> chosen = option.flatMap(BuilderOption::parse);
    if (option.isPresent() && chosen.isEmpty()) {
      err.println(unknown(command, option.get()));
      err.flush();
      return Optional.empty();
    }
    return Optional.of(environment(base, chosen));
  }

  static String unknown(String command, String name) {
    return "stagecraft "
        + command
        + ": unknown builder '"
        + name
        + "'; use buildkit, classic or auto";
  }

  /** This process's environment with the builder set, when one was given. */
  static Map<String, String> environment(Map<String, String> base, Optional<String> builder) {
    Map<String, String> environment = new HashMap<>(base);
    builder.ifPresent(name -> environment.put(VARIABLE, name));
    return environment;
  }
}
