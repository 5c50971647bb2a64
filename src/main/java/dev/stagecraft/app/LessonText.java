package dev.stagecraft.app;

import dev.stagecraft.course.Course;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.Lesson;
import dev.stagecraft.grading.CheckCategory;
import dev.stagecraft.grading.CheckRegistry;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.Grade;
import dev.stagecraft.grading.PlannedCheck;
import dev.stagecraft.lint.Linter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lesson's markdown as learners read it: a line {@code <!-- stagecraft:checks EXERCISE -->}
 * becomes the table of what that exercise's checks grade, made from its exercise.yaml the way the
 * report counts and titles them, so a lesson cannot promise a grade the checks do not give.
 */
public final class LessonText {

  /** The marker, alone on its line. */
  public static final Pattern CHECKS_MARKER =
      Pattern.compile("(?m)^<!-- stagecraft:checks (\\S+) -->$");

  private final Course course;
  private final CheckRegistry registry;

  public LessonText(Course course, CheckRegistry registry) {
    this.course = course;
    this.registry = registry;
  }

  /** For front ends that have no workbench: the standard checks and lint rules. */
  public static LessonText standard(Course course) {
    return new LessonText(course, CheckRegistry.standard(Linter.withAllRules()));
  }

  /** The lesson's markdown with every checks marker replaced by its table. */
  public String markdown(Lesson lesson) {
    Matcher matcher = CHECKS_MARKER.matcher(lesson.markdown());
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(table(matcher.group(1))));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /**
   * The checks of one exercise as a markdown table: one row per result the report shows, in its
   * order (the build among the image checks), with the report's titles.
   */
  public String table(String exerciseId) {
    Optional<Exercise> exercise = course.exercise(exerciseId);
    if (exercise.isEmpty()) {
      return "*(No exercise '" + exerciseId + "' to list the checks of.)*";
    }
    List<Row> rows;
    try {
      rows = rows(exercise.get());
    } catch (CheckSpecException e) {
      return "*(The checks of " + exerciseId + " cannot be listed: " + e.getMessage() + ")*";
    }
    StringBuilder table = new StringBuilder("| Check | Judged from |\n|---|---|\n");
    for (Row row : rows) {
      table
          .append("| ")
          .append(cell(row.title()))
          .append(" | ")
          .append(source(row.category()))
          .append(" |\n");
    }
    return table.toString().stripTrailing();
  }

  /** The rows in report order; the grader adds "the Dockerfile builds" after the static checks. */
  List<Row> rows(Exercise exercise) throws CheckSpecException {
    List<PlannedCheck> plan = registry.plan(exercise.checks(), exercise.directory());
    List<Row> rows = new ArrayList<>();
    plan.stream()
        .filter(p -> p.check().category() == CheckCategory.STATIC)
        .forEach(p -> rows.add(new Row(p.check().title(), p.check().category())));
    rows.add(new Row(Grade.BUILD_TITLE, CheckCategory.IMAGE));
    plan.stream()
        .filter(p -> p.check().category() != CheckCategory.STATIC)
        .forEach(p -> rows.add(new Row(p.check().title(), p.check().category())));
    rows.sort(Comparator.comparing(Row::category));
    return List.copyOf(rows);
  }

  record Row(String title, CheckCategory category) {}

  private static String source(CheckCategory category) {
    return switch (category) {
      case STATIC -> "the Dockerfile";
      case IMAGE -> "the built image";
      case RUNTIME -> "a run of the image";
    };
  }

  /** Table cells keep their pipes and backticks literal. */
  private static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("`", "\\`");
  }
}
