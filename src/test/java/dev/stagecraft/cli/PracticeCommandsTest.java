package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.CourseException;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.engine.DockerEngine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stagecraft quiz} and {@code drill} read their answers from standard input lines. */
class PracticeCommandsTest {

  @TempDir Path state;

  private Workbench open(Path home) throws CourseException {
    return Workbench.open(
        home,
        new ProgressStore(state.resolve("progress.json")),
        () -> DockerEngine.connect(Map.of("DOCKER_HOST", "unix:///nonexistent.sock")));
  }

  private static ByteArrayInputStream lines(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void quizReadsAnswersFromStandardInputAndRemembersThem() {
    QuizCommand quiz = new QuizCommand();
    quiz.interactive = false;
    quiz.input = lines("a\nb\n");
    quiz.opener = this::open;
    CommandRun run = CommandRun.of(quiz, "2", "--topic", "2");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Question 1/2 · topic 2").contains("Question 2/2");
    assertThat(run.out()).contains("Score: ").contains("/2 (");
    // Each answer shows after its prompt, and the verdict starts on a line of its own.
    assertThat(run.out()).containsPattern("answer> a\\s*\\R(Right|Wrong)");
    assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(81));
    assertThat(
            new ProgressStore(state.resolve("progress.json"))
                .load()
                .progress()
                .practice()
                .quizzesTaken())
        .isEqualTo(1);
  }

  @Test
  void quizWithNoInputAtAllStopsCleanly() {
    QuizCommand quiz = new QuizCommand();
    quiz.interactive = false;
    quiz.input = lines("");
    quiz.opener = this::open;
    CommandRun run = CommandRun.of(quiz);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Question 1/10")
        .contains("Score: 0/0 (0%) (stopped after 0 of 10).");
  }

  @Test
  void drillListsAndStartsFromTheCommandLine() {
    DrillCommand list = new DrillCommand();
    list.interactive = false;
    list.input = lines("");
    list.opener = this::open;
    assertThat(CommandRun.of(list).out()).contains("01-toolchain-ships").contains("not tried");

    DrillCommand drill = new DrillCommand();
    drill.interactive = false;
    drill.input = lines("quit\n");
    drill.opener = this::open;
    CommandRun run = CommandRun.of(drill, "1");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Drill 01-toolchain-ships").contains("Left the drill.");
  }

  @Test
  void bothAreStagecraftSubcommands() {
    assertThat(Main.commandLine().getSubcommands()).containsKeys("quiz", "drill");
  }
}
