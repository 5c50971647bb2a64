package dev.stagecraft.course;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which folder is the course, in one place for every front end: {@code --course DIR}, else
 * {@code $STAGECRAFT_COURSE}, else {@code -Dstagecraft.home} (the launcher sets it to the
 * checkout), else the working directory. Any folder laid out like stagecraft's own course (a course
 * pack) can be chosen this way; its progress lives inside it.
 *
 * @param path the chosen folder, absolute
 * @param source what chose it, for messages such as doctor's
 */
public record CourseHome(Path path, Source source) {

  /** Environment variable naming a course pack to use instead of the built-in course. */
  public static final String ENV = "STAGECRAFT_COURSE";

  /** System property naming the course home; the launcher script sets it to the checkout. */
  public static final String PROPERTY = "stagecraft.home";

  /** What chose the course folder. */
  public enum Source {
    OPTION("--course"),
    ENVIRONMENT("$" + ENV),
    PROPERTY("-D" + CourseHome.PROPERTY),
    WORKING_DIRECTORY("the working directory");

    private final String shown;

    Source(String shown) {
      this.shown = shown;
    }

    /** How a message names it, such as {@code --course}. */
    public String shown() {
      return shown;
    }
  }

  /**
   * The course folder: the option when given, else the environment variable, else the property,
   * else the working directory. Blank values count as absent.
   */
  public static CourseHome choose(
      Optional<Path> option, Map<String, String> environment, Optional<String> property) {
    if (option.isPresent()) {
      return of(option.get(), Source.OPTION);
    }
    String env = environment.get(ENV);
    if (env != null && !env.isBlank()) {
      return of(Path.of(env.strip()), Source.ENVIRONMENT);
    }
    if (property.isPresent() && !property.get().isBlank()) {
      return of(Path.of(property.get().strip()), Source.PROPERTY);
    }
    return of(Path.of(""), Source.WORKING_DIRECTORY);
  }

  /** The course this process uses when no option is given. */
  public static CourseHome fromProcess(Optional<Path> option) {
    return choose(option, System.getenv(), Optional.ofNullable(System.getProperty(PROPERTY)));
  }

  private static CourseHome of(Path path, Source source) {
    return new CourseHome(path.toAbsolutePath().normalize(), source);
  }
}
