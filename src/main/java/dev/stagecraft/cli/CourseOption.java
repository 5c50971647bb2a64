package dev.stagecraft.cli;

import dev.stagecraft.course.CourseHome;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The course folder a subcommand works on: what the root command's {@code --course} chose, else
 * {@code $STAGECRAFT_COURSE}, else the launcher's home (decided by {@link CourseHome}).
 */
final class CourseOption {

  private CourseOption() {}

  /** The course home for the command {@code spec} describes. */
  static CourseHome of(CommandSpec spec) {
    CommandSpec root = spec;
    while (root != null && root.parent() != null) {
      root = root.parent();
    }
    if (root != null && root.userObject() instanceof StagecraftCommand stagecraft) {
      return stagecraft.courseHome();
    }
    return CourseHome.fromProcess(Optional.empty());
  }

  /** The course folder for the command {@code spec} describes. */
  static Path home(CommandSpec spec) {
    return of(spec).path();
  }
}
