package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.terminal.OutputMode;
import dev.stagecraft.terminal.TextWrap;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stagecraft hint}: one hint at a time, remembered in the progress the REPL reads. */
class HintCommandTest {

  private static final Path HOME =
      Path.of(System.getProperty("stagecraft.home", ".")).toAbsolutePath().normalize();

  @TempDir Path state;

  private ProgressStore store() {
    return new ProgressStore(state.resolve("progress.json"));
  }

  private CommandRun run(String... args) {
    return CommandRun.of(
        new HintCommand(() -> HOME, home -> store(), () -> OutputMode.PLAIN), args);
  }

  @Test
  void revealsOneHintAtATimeAndRemembersIt() {
    CommandRun first = run("03");
    assertThat(first.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(first.out()).startsWith("Hint 1/4: Split the Dockerfile in two.");
    assertThat(first.out()).contains("Run it again for the next hint");

    CommandRun second = run("go-scratch");
    assertThat(second.out()).startsWith("Hint 2/4: ").doesNotContain("Hint 1/4");
    assertThat(store().load().progress().exercise("03-go-scratch").hintsRevealed()).isEqualTo(2);

    CommandRun all = run("03-go-scratch", "--all");
    assertThat(all.out()).contains("Hint 1/4").contains("Hint 2/4").doesNotContain("Hint 3/4");
    assertThat(store().load().progress().exercise("03-go-scratch").hintsRevealed()).isEqualTo(2);
  }

  @Test
  void hintsFitEightyColumns() {
    for (int i = 0; i < 5; i++) {
      assertThat(run("06").out().lines())
          .allSatisfy(l -> assertThat(TextWrap.displayWidth(l)).isLessThanOrEqualTo(80));
    }
    assertThat(run("06", "--all").out()).contains("Hint 5/5").contains("\n          ");
  }

  @Test
  void theLastHintSaysSoAndStaysTheLast() {
    run("3");
    run("3");
    run("3");
    assertThat(run("3").out()).contains("Hint 4/4").contains("That was the last hint");
    assertThat(run("3").out()).contains("Hint 4/4").contains("All 4 hints are revealed");
  }

  @Test
  void hintsOfOneExerciseDoNotMoveAnothers() {
    run("06");
    assertThat(run("03").out()).startsWith("Hint 1/4");
    assertThat(run("06").out()).startsWith("Hint 2/5");
  }

  @Test
  void allBeforeAnyHintSaysHowToGetTheFirst() {
    CommandRun run = run("03", "--all");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("No hints of 03-go-scratch revealed yet");
  }

  @Test
  void anUnknownExerciseExitsTwoAndSaysHowToNameOne() {
    CommandRun run = run("foo");
    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("No exercise 'foo'")
        .contains("id, number or slug")
        .containsPattern("\\(\\d\\d-[a-z-]+, \\d+ or [a-z-]+\\)")
        .contains("06-static-site-nginx");
  }

  @Test
  void itIsACommandOfStagecraft() {
    CommandRun run = CommandRun.stagecraft("hint", "--help");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("Usage: stagecraft hint").contains("--all");
  }
}
