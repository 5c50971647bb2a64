package dev.stagecraft.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.app.LessonText;
import dev.stagecraft.course.Course;
import dev.stagecraft.course.Lesson;
import dev.stagecraft.terminal.TextWrap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lesson is laid out once per width and text, and anew when either changes. */
class LessonLayoutsTest {

  private static final Course COURSE = load();
  private final LessonLayouts layouts = new LessonLayouts(LessonText.standard(COURSE));
  private final Lesson lesson = COURSE.lessons().get(2);

  private static Course load() {
    try {
      return Course.load(Course.defaultHome());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theSameLessonAtTheSameWidthIsLaidOutOnce() {
    List<String> first = layouts.lines(lesson, 80, false);

    assertThat(layouts.lines(lesson, 80, false)).isSameAs(first);
    assertThat(first).anySatisfy(line -> assertThat(line).contains(lesson.title()));
  }

  @Test
  void anotherWidthIsLaidOutForThatWidth() {
    List<String> wide = layouts.lines(lesson, 80, false);
    List<String> narrow = layouts.lines(lesson, 40, false);

    assertThat(narrow).isNotSameAs(wide).hasSizeGreaterThan(wide.size());
    assertThat(narrow)
        .allSatisfy(line -> assertThat(TextWrap.displayWidth(line)).isLessThanOrEqualTo(40));
  }

  @Test
  void anEditedLessonIsLaidOutAnew() {
    layouts.lines(lesson, 80, false);
    Lesson edited =
        new Lesson(
            lesson.id(),
            lesson.number(),
            lesson.title(),
            lesson.exerciseIds(),
            lesson.markdown() + "\nA paragraph added while the REPL ran.\n",
            lesson.source());

    assertThat(layouts.lines(edited, 80, false)).contains("A paragraph added while the REPL ran.");
  }

  @Test
  void colourIsPartOfTheLayout() {
    assertThat(layouts.lines(lesson, 80, true)).isNotEqualTo(layouts.lines(lesson, 80, false));
  }
}
