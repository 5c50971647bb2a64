package dev.stagecraft.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which editor opens a learner's file, as Unix tools choose: {@code $VISUAL}, else {@code $EDITOR},
 * else the first of {@code editor} (Debian's chosen default), {@code nano} and {@code vi} found on
 * the PATH.
 */
public final class Editors {

  /** Tried in order when neither variable is set. */
  public static final List<String> FALLBACKS = List.of("editor", "nano", "vi");

  /** The editor to run, or why there is none. */
  public sealed interface Choice {

    /**
     * @param command the program and its arguments; the file goes after them
     * @param source where it came from: "VISUAL", "EDITOR" or "PATH"
     */
    record Found(List<String> command, String source) implements Choice {
      public Found {
        command = List.copyOf(command);
      }
    }

    /** No variable is set and no fallback is on the PATH. */
    record Missing() implements Choice {}
  }

  private Editors() {}

  /** The editor for this process's environment. */
  public static Choice choose(Map<String, String> environment) {
    return choose(environment, name -> onPath(name, environment.getOrDefault("PATH", "")));
  }

  /** The editor for {@code environment}, asking {@code onPath} whether a fallback is installed. */
  public static Choice choose(Map<String, String> environment, Predicate<String> onPath) {
    for (String variable : List.of("VISUAL", "EDITOR")) {
      Optional<List<String>> command = words(environment.get(variable));
      if (command.isPresent()) {
        return new Choice.Found(command.get(), variable);
      }
    }
    return FALLBACKS.stream()
        .filter(onPath)
        .findFirst()
        .<Choice>map(name -> new Choice.Found(List.of(name), "PATH"))
        .orElse(new Choice.Missing());
  }

  /** "code --wait" is a program and its flags; split at blanks as shells and git do for it. */
  private static Optional<List<String>> words(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(Arrays.asList(value.strip().split("\\s+")));
  }

  private static boolean onPath(String name, String path) {
    return Arrays.stream(path.split(File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, name))
        .anyMatch(file -> Files.isRegularFile(file) && Files.isExecutable(file));
  }
}
