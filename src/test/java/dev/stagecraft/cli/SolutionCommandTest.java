package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.course.Course;
import dev.stagecraft.course.Progress;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.terminal.OutputMode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answer is shown after a pass, or on request with --reveal; never by accident. */
class SolutionCommandTest {

  private static final Path HOME = Course.defaultHome();

  @TempDir Path state;

  private CommandRun run(String... args) {
    ProgressStore store = new ProgressStore(state.resolve("progress.json"));
    return CommandRun.of(
        new SolutionCommand(() -> HOME, () -> OutputMode.PLAIN, home -> store), args);
  }

  @Test
  void beforeAPassItExitsTwoAndSaysHowToSeeItAnyway() {
    CommandRun run = run("03");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("03-go-scratch has not passed yet")
        .contains("./stagecraft solution 03-go-scratch --reveal");
  }

  @Test
  void revealShowsTheWholeReferenceFile() {
    CommandRun run = run("03-go-scratch", "--reveal");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("solutions/03-go-scratch/Dockerfile")
        .contains("FROM scratch")
        .contains("USER 65532:65532");
    assertThat(run("03", "--yes").exitCode()).isZero();
  }

  @Test
  void afterAPassItIsShownWithoutAsking() throws Exception {
    new ProgressStore(state.resolve("progress.json"))
        .save(
            Progress.empty()
                .withCheck("06-static-site-nginx", true, OptionalLong.of(1), Instant.now()));

    CommandRun run = run("06");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("FROM nginx:alpine").contains("Yours may differ");
  }

  @Test
  void anUnknownExerciseExitsTwo() {
    CommandRun run = run("99-nope", "--reveal");
    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("No exercise '99-nope'");
  }
}
