package dev.stagecraft.cli;

import dev.stagecraft.app.LessonText;
import dev.stagecraft.course.Course;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.course.Lesson;
import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.MarkdownRenderer;
import dev.stagecraft.terminal.OutputMode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stagecraft lesson ID}: prints one lesson, styled on a terminal and plain in a pipe. */
@Command(
    name = "lesson",
    description = "Print a lesson (plain text when the output is not a terminal).",
    mixinStandardHelpOptions = true)
public final class LessonCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "ID",
      description = "The lesson: its number (2), id (03-go-to-scratch) or slug (go-to-scratch).")
  String id;

  /** Prose wider than this is hard to read, however wide the terminal. */
  static final int MAX_READING_WIDTH = 100;

  private final Supplier<Path> home;
  private final Supplier<OutputMode> mode;

  /** The command as the launcher runs it: the course home and the real standard output. */
  public LessonCommand() {
    this.home = () -> CourseOption.home(spec);
    this.mode = OutputMode::forStandardOutput;
  }

  /** A command reading the course at {@code home} and writing in {@code mode}; for tests. */
  LessonCommand(Supplier<Path> home, Supplier<OutputMode> mode) {
    this.home = home;
    this.mode = mode;
  }

  @Override
  public Integer call() {
    Course course;
    try {
      course = Course.load(home.get());
    } catch (CourseException e) {
      spec.commandLine().getErr().println("stagecraft: " + ForeignText.forTerminal(e.getMessage()));
      return ExitCode.BAD_INPUT;
    }
    var lesson = course.lesson(id);
    if (lesson.isEmpty()) {
      spec.commandLine().getErr().print(unknown(course));
      spec.commandLine().getErr().flush();
      return ExitCode.BAD_INPUT;
    }
    spec.commandLine()
        .getOut()
        .print(render(LessonText.standard(course), lesson.get(), mode.get()));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }

  private String unknown(Course course) {
    int idWidth = course.lessons().stream().mapToInt(l -> l.id().length()).max().orElse(0);
    String known =
        course.lessons().stream()
            .map(l -> String.format("  %2d  %-" + idWidth + "s  %s", l.number(), l.id(), l.title()))
            .collect(Collectors.joining("\n"));
    // The ids and titles are the course's (a pack's author wrote them), the id the user's.
    return ForeignText.forTerminal(
        "stagecraft: there is no lesson '"
            + id
            + "'. Give a number, an id or a slug; the lessons are:\n"
            + known
            + "\n");
  }

  /** The lesson as this command prints it. */
  static String render(LessonText text, Lesson lesson, OutputMode output) {
    return new MarkdownRenderer(output.glyphs())
        .render(text.markdown(lesson), Math.min(output.width(), MAX_READING_WIDTH), output.color());
  }
}
