package dev.stagecraft.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.course.Course;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.Lesson;
import dev.stagecraft.grading.CheckCategory;
import dev.stagecraft.grading.CheckRegistry;
import dev.stagecraft.grading.CheckResult;
import dev.stagecraft.grading.Grade;
import dev.stagecraft.grading.Grader;
import dev.stagecraft.grading.GradingRequest;
import dev.stagecraft.grading.LabAccess;
import dev.stagecraft.lint.Linter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table a {@code stagecraft:checks} marker becomes lists what the report lists: the same
 * titles, one row per result it counts, in its order.
 */
class LessonTextTest {

  private static final Course COURSE = load();
  private final Linter linter = Linter.withAllRules();
  private final CheckRegistry registry = CheckRegistry.standard(linter);
  private final LessonText text = new LessonText(COURSE, registry);

  private static Course load() {
    try {
      return Course.load(Course.defaultHome());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> exercises() {
    return COURSE.exercises().stream().map(Exercise::id);
  }

  @ParameterizedTest
  @MethodSource("exercises")
  void theTableHasTheReportsRowsInItsOrder(String id) throws Exception {
    Exercise exercise = COURSE.exercise(id).orElseThrow();
    // Without an engine every check is still reported (skipped), so the grade lists them all.
    Grade grade =
        new Grader(registry, linter, new LabAccess.Unavailable("no engine in unit tests"))
            .grade(
                GradingRequest.of(
                    id, exercise.dockerfile(), exercise.directory(), exercise.checks()),
                e -> {});
    List<String> reported =
        Arrays.stream(CheckCategory.values())
            .flatMap(c -> grade.results().stream().filter(r -> r.category() == c))
            .map(CheckResult::title)
            .toList();

    List<String> rows = text.rows(exercise).stream().map(LessonText.Row::title).toList();

    assertThat(rows).containsExactlyElementsOf(reported).contains(Grade.BUILD_TITLE);
    assertThat(text.table(id).lines().skip(2)).hasSize(reported.size());
  }

  @Test
  void aMarkerBecomesATableAndAnUnknownExerciseSaysSo() {
    Lesson lesson =
        new Lesson(
            "99-x",
            99,
            "X",
            List.of(),
            "Before.\n\n<!-- stagecraft:checks 03-go-scratch -->\n\n"
                + "<!-- stagecraft:checks 42-nope -->\nAfter.\n",
            Course.defaultHome());
    String markdown = text.markdown(lesson);
    assertThat(markdown)
        .startsWith("Before.\n\n| Check | Judged from |\n|---|---|\n")
        .contains("| At least 2 build stages | the Dockerfile |")
        .contains("| The Dockerfile builds | the built image |")
        .contains("No exercise '42-nope'")
        .endsWith("After.\n")
        .doesNotContain("stagecraft:checks");
  }

  /** Every marker in the course names an exercise of its lesson, and expands without a problem. */
  @Test
  void everyMarkerInTheCourseNamesAnExerciseOfItsLesson() {
    int markers = 0;
    for (Lesson lesson : COURSE.lessons()) {
      Matcher matcher = LessonText.CHECKS_MARKER.matcher(lesson.markdown());
      while (matcher.find()) {
        markers++;
        String id = matcher.group(1);
        assertThat(lesson.exerciseIds()).as(lesson.id() + " lists " + id).contains(id);
        assertThat(text.table(id)).as(id).startsWith("| Check |").doesNotContain("*(");
      }
    }
    assertThat(markers).isGreaterThanOrEqualTo(2);
  }
}
