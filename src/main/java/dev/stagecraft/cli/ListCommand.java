package dev.stagecraft.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stagecraft.course.Course;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.ExerciseProgress;
import dev.stagecraft.course.ExerciseStatus;
import dev.stagecraft.course.Lesson;
import dev.stagecraft.course.LoadedProgress;
import dev.stagecraft.course.Progress;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.terminal.Ansi;
import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.OutputMode;
import dev.stagecraft.terminal.Style;
import dev.stagecraft.terminal.TextWrap;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stagecraft list [--json]}: the lessons and exercises, with the learner's progress. */
@Command(
    name = "list",
    description = "List the lessons and exercises, with your progress.",
    mixinStandardHelpOptions = true)
public final class ListCommand implements Callable<Integer> {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print JSON for scripts instead of a table.")
  boolean json;

  private final Supplier<Path> home;
  private final Function<Path, ProgressStore> progressStore;
  private final Supplier<OutputMode> mode;

  /** The command as the launcher runs it. */
  public ListCommand() {
    this.home = () -> CourseOption.home(spec);
    this.progressStore = ProgressStore::forHome;
    this.mode = OutputMode::forStandardOutput;
  }

  /**
   * A command over the course at {@code home} with progress from {@code progressStore}; for tests.
   */
  ListCommand(
      Supplier<Path> home, Function<Path, ProgressStore> progressStore, Supplier<OutputMode> mode) {
    this.home = home;
    this.progressStore = progressStore;
    this.mode = mode;
  }

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Course course;
    try {
      course = Course.load(home.get());
    } catch (CourseException e) {
      err.println("stagecraft: " + ForeignText.forTerminal(e.getMessage()));
      err.flush();
      return ExitCode.BAD_INPUT;
    }
    LoadedProgress loaded = progressStore.apply(course.home()).load();
    for (String warning : loaded.warnings()) {
      err.println("stagecraft: warning: " + warning);
    }
    err.flush();
    out.print(
        json ? toJson(course, loaded.progress()) : toText(course, loaded.progress(), mode.get()));
    out.flush();
    return ExitCode.OK;
  }

  static String toJson(Course course, Progress progress) throws JsonProcessingException {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode lessons = root.putArray("lessons");
    for (Lesson lesson : course.lessons()) {
      ObjectNode node = lessons.addObject();
      node.put("id", lesson.id());
      node.put("number", lesson.number());
      node.put("title", lesson.title());
      ArrayNode exercises = node.putArray("exercises");
      lesson.exerciseIds().forEach(exercises::add);
    }
    ArrayNode exercises = root.putArray("exercises");
    for (Exercise exercise : course.exercises()) {
      ExerciseProgress p = progress.exercise(exercise.id());
      ObjectNode node = exercises.addObject();
      node.put("id", exercise.id());
      node.put("number", exercise.number());
      node.put("title", exercise.title());
      node.put("lesson", exercise.lessonId().orElse(null));
      node.put("status", p.status().jsonName());
      node.put("attempts", p.attempts());
      node.put("hintsRevealed", p.hintsRevealed());
      if (p.bestSizeBytes().isPresent()) {
        node.put("bestSizeBytes", p.bestSizeBytes().getAsLong());
      } else {
        node.putNull("bestSizeBytes");
      }
    }
    return JSON.writeValueAsString(root) + "\n";
  }

  static String toText(Course course, Progress progress, OutputMode mode) {
    Ansi ansi = mode.ansi();
    StringBuilder out = new StringBuilder();
    out.append(ansi.paint("Lessons", Style.BOLD, Style.CYAN)).append('\n');
    int titleWidth =
        course.lessons().stream()
            .mapToInt(l -> TextWrap.displayWidth(safe(l.title())))
            .max()
            .orElse(0);
    for (Lesson lesson : course.lessons()) {
      out.append(String.format("  %2d  ", lesson.number()))
          .append(TextWrap.padRight(safe(lesson.title()), titleWidth))
          .append("  ")
          .append(ansi.dim(safe(lesson.id())))
          .append('\n');
    }
    out.append('\n').append(ansi.paint("Exercises", Style.BOLD, Style.CYAN)).append('\n');
    titleWidth =
        course.exercises().stream()
            .mapToInt(e -> TextWrap.displayWidth(safe(e.title())))
            .max()
            .orElse(0);
    int statusWidth =
        course.exercises().stream()
            .mapToInt(e -> TextWrap.displayWidth(status(progress.exercise(e.id()), ansi)))
            .max()
            .orElse(0);
    for (Exercise exercise : course.exercises()) {
      ExerciseProgress p = progress.exercise(exercise.id());
      out.append(String.format("  %2d  ", exercise.number()))
          .append(TextWrap.padRight(safe(exercise.title()), titleWidth))
          .append("  ")
          .append(TextWrap.padRight(status(p, ansi), statusWidth))
          .append("  ")
          .append(ansi.dim(safe(exercise.id()) + lessonNote(course, exercise)))
          .append('\n');
    }
    out.append('\n')
        .append(
            ansi.dim(
                "Read a lesson: stagecraft lesson 1    Grade an exercise: stagecraft check "
                    + exampleExercise(course)))
        .append('\n');
    return out.toString();
  }

  /** Exercise 3 of the built-in course (the Go one) is the classic; a pack names its first. */
  private static int exampleExercise(Course course) {
    return course
        .exercise("3")
        .or(() -> course.exercises().stream().findFirst())
        .map(Exercise::number)
        .orElse(1);
  }

  /** Titles and ids come from the course's files, which a course pack's author wrote. */
  private static String safe(String text) {
    return ForeignText.forTerminal(text);
  }

  private static String status(ExerciseProgress progress, Ansi ansi) {
    ExerciseStatus status = progress.status();
    return switch (status) {
      case PASSED -> ansi.green("passed");
      case ATTEMPTED ->
          ansi.yellow(
              "attempted" + (progress.attempts() > 1 ? " " + progress.attempts() + "x" : ""));
      case NOT_STARTED -> ansi.dim("not started");
    };
  }

  private static String lessonNote(Course course, Exercise exercise) {
    return exercise
        .lessonId()
        .flatMap(course::lesson)
        .map(lesson -> " (lesson " + lesson.number() + ")")
        .orElse("");
  }
}
