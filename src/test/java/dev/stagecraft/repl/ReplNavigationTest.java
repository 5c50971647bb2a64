package dev.stagecraft.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.app.Workbench;
import dev.stagecraft.engine.DockerEngine;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code next}, {@code prev} and {@code goto}, at the edges of the course too. */
class ReplNavigationTest {

  @TempDir Path dir;

  private ReplHarness repl;

  @BeforeEach
  void copyCourse() throws Exception {
    repl = ReplHarness.inCopy(dir);
  }

  private String session(String script) throws Exception {
    return repl.session(script, 80);
  }

  /** What one command printed: from its prompt line to the next prompt. */
  private static String outputOf(String output, String command) {
    String screen = output.replace("\r", "");
    int start = screen.indexOf("> " + command + "\n");
    assertThat(start).as("prompt for " + command).isNotNegative();
    int from = screen.indexOf('\n', start) + 1;
    Matcher prompt = Pattern.compile("(?m)^stagecraft( \\[[^]]*])?> ").matcher(screen);
    int end = prompt.find(from) ? prompt.start() : -1;
    return screen.substring(from, end < 0 ? screen.length() : end);
  }

  @Test
  void nextWithNothingOpenStartsAtTheFirstLesson() throws Exception {
    String screen = session("next\nquit\n");

    assertThat(outputOf(screen, "next"))
        .contains("Starting at the first lesson")
        .contains("Why multi-stage builds")
        .contains("Exercise 01-two-dockerfiles-to-one");
  }

  @Test
  void prevWithNothingOpenSaysHowToBegin() throws Exception {
    assertThat(ReplHarness.flat(outputOf(session("prev\nquit\n"), "prev")))
        .contains("No previous lesson")
        .contains("`lesson 1`");
  }

  @Test
  void prevAtTheFirstLessonShowsNothingAndSaysSo() throws Exception {
    String prev = outputOf(session("lesson 1\nprev\nquit\n"), "prev");

    assertThat(ReplHarness.flat(prev))
        .contains("Lesson 1 (Why multi-stage builds) is the first lesson")
        .contains("`next` goes on to lesson 2");
    assertThat(prev.lines()).hasSizeLessThan(4);
  }

  @Test
  void nextAtTheLastLessonShowsNothingAndSaysSo() throws Exception {
    String next = outputOf(session("lesson 16\nnext\nquit\n"), "next");

    assertThat(ReplHarness.flat(next)).contains("is the last lesson; there is no next one");
    assertThat(next.lines()).hasSizeLessThan(4);
  }

  @Test
  void nextAndPrevFollowCourseOrderThroughLessonsWithoutExercises() throws Exception {
    String screen = session("lesson 12\nnext\nnext\nprev\nquit\n");

    assertThat(outputOf(screen, "next")).contains("When one stage is enough");
    assertThat(screen).contains("Common mistakes").contains("stagecraft [14-common-mistakes]>");
    assertThat(repl.progress().load().progress().currentLesson())
        .contains("13-when-one-stage-is-enough");
  }

  @Test
  void nextGoesOnFromTheLessonOfTheCurrentExercise() throws Exception {
    String screen = session("goto go-scratch\nnext\nquit\n");

    assertThat(ReplHarness.flat(outputOf(screen, "goto go-scratch")))
        .contains("Exercise 03-go-scratch: Ship a Go binary on scratch (not started)")
        .contains("Edit exercises/03-go-scratch/Dockerfile")
        .contains("Lesson 3 (From golang to scratch) teaches it");
    assertThat(outputOf(screen, "next")).contains("Choosing the runtime base");
    assertThat(screen).contains("stagecraft [04-runtime-base]>");
  }

  @Test
  void gotoOpensALessonByNumberIdOrSlug() throws Exception {
    assertThat(outputOf(session("goto 5\nquit\n"), "goto 5")).contains("A TypeScript API on Node");
    assertThat(
            outputOf(
                session("goto 02-stages-and-copy-from\nquit\n"), "goto 02-stages-and-copy-from"))
        .contains("Stages, names and COPY --from");
    assertThat(outputOf(session("goto why-multi-stage\nquit\n"), "goto why-multi-stage"))
        .contains("Why multi-stage builds");
    String exercise =
        outputOf(session("goto 07-python-c-extension\nquit\n"), "goto 07-python-c-extension");
    assertThat(exercise)
        .as("an exercise becomes current; its lesson is not printed")
        .contains("Exercise 07-python-c-extension")
        .doesNotContain("━━━");
  }

  @Test
  void gotoSomethingUnknownSaysHowToNameAPlace() throws Exception {
    String screen = ReplHarness.flat(outputOf(session("goto nowhere\nquit\n"), "goto nowhere"));

    assertThat(screen)
        .contains("No lesson or exercise 'nowhere'")
        .contains("a lesson by its number or id (`goto 1`, `goto 01-why-multi-stage`)")
        .contains("an exercise by its id or slug (`goto 01-two-dockerfiles-to-one`)")
        .contains("14-common-mistakes");
    assertThat(ReplHarness.flat(outputOf(session("goto\nquit\n"), "goto"))).contains("Go where?");
  }

  @Test
  void gotoCompletesLessonAndExerciseIds() throws Exception {
    try (Workbench bench =
        Workbench.open(
            repl.home(),
            repl.progress(),
            () -> DockerEngine.connect(Map.of("DOCKER_HOST", "unix:///nonexistent.sock")))) {
      ReplSession session =
          new ReplSession(bench, new PrintWriter(Writer.nullWriter()), false, () -> 80, () -> {});

      assertThat(new GotoCommand().argumentCandidates(session))
          .contains("01-why-multi-stage", "16-interview-questions", "03-go-scratch")
          .doesNotHaveDuplicates()
          .as("lesson 6 and its exercise share an id")
          .contains("06-static-site-nginx");
    }
  }
}
