package dev.stagecraft.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.course.Progress;
import dev.stagecraft.course.ReadingPosition;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lessons in the pager on a terminal that can draw (type xterm, 80 by 20: 19 lines a page), and
 * printed whole on a dumb one; {@code lesson} alone goes on where the reader stopped.
 */
class ReplPagerTest {

  private static final String ALTERNATE_SCREEN = "\u001b[?1049h";

  @TempDir Path dir;

  private ReplHarness repl;

  @BeforeEach
  void copyCourse() throws Exception {
    repl = ReplHarness.inCopy(dir);
  }

  private String xterm(String script, int rows) throws Exception {
    return repl.session(script, "xterm", 80, rows).replace("\r", "");
  }

  @Test
  void aLongLessonIsPagedAndThePlaceIsRemembered() throws Exception {
    String screen = xterm("lesson 3\n q" + "quit\n", 20);

    assertThat(screen).contains(ALTERNATE_SCREEN).contains("lesson 3 · 20-38 of ");
    ReadingPosition position = repl.progress().load().progress().readingPosition().orElseThrow();
    assertThat(position.lessonId()).isEqualTo("03-go-to-scratch");
    assertThat(position.line()).isEqualTo(19);
    assertThat(ReplHarness.flat(screen))
        .contains(
            "Lesson 3 (From golang to scratch): you stopped at line 20 of "
                + position.lines()
                + ". `lesson` goes on from there.")
        .contains("Exercise 03-go-scratch: edit");
  }

  @Test
  void lessonAloneResumesWhereTheReaderStoppedEvenInALaterSession() throws Exception {
    xterm("lesson 3\n  q" + "quit\n", 20);

    String later = xterm("lesson\nq" + "quit\n", 20);

    String firstScreen = later.substring(later.indexOf(ALTERNATE_SCREEN));
    assertThat(firstScreen).contains("lesson 3 · 39-57 of ");
    assertThat(repl.progress().load().progress().readingPosition().orElseThrow().line())
        .isEqualTo(38);
  }

  @Test
  void openingAnotherLessonStartsAtItsTop() throws Exception {
    xterm("lesson 3\n  q" + "quit\n", 20);

    String next = xterm("next\nq" + "quit\n", 20);

    assertThat(next).contains("lesson 4 · 1-19 of ");
    assertThat(repl.progress().load().progress().readingPosition().orElseThrow().lessonId())
        .isEqualTo("04-choosing-a-runtime-base");
  }

  @Test
  void readingToTheEndSaysSoAndPointsToTheNextLesson() throws Exception {
    String screen = xterm("lesson 3\nGq" + "quit\n", 20);

    assertThat(ReplHarness.flat(screen))
        .contains("Lesson 3 (From golang to scratch): read to the end. `next` opens the next");
  }

  @Test
  void aLessonThatFitsTheScreenIsPrintedWithoutThePager() throws Exception {
    String screen = xterm("lesson 3\nquit\n", 2000);

    assertThat(screen).doesNotContain(ALTERNATE_SCREEN).contains("From golang to scratch");
  }

  @Test
  void theWelcomeOfAReaderWithoutAnExerciseSaysLessonGoesOn() throws Exception {
    xterm("lesson 16\n q" + "quit\n", 20);

    assertThat(ReplHarness.flat(repl.session("quit\n", 80)))
        .contains("you were reading lesson 16-interview-questions")
        .contains("Type `lesson` to go on where you stopped");
  }

  @Test
  void aDumbTerminalGetsTheWholeLessonWhereverTheReaderStopped() throws Exception {
    repl.progress()
        .save(
            Progress.empty().withReadingPosition(new ReadingPosition("03-go-to-scratch", 40, 200)));

    String screen = repl.session("lesson\nquit\n", 80);

    assertThat(screen)
        .doesNotContain("\u001b")
        .contains("From golang to scratch")
        .contains("The starting point")
        .contains("Exercise 03-go-scratch: edit");
  }
}
