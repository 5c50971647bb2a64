package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.course.Course;
import dev.stagecraft.terminal.Glyphs;
import dev.stagecraft.terminal.OutputMode;
import dev.stagecraft.terminal.TextWrap;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LessonCommandTest {

  private static final Path HOME = Course.defaultHome();

  private static CommandRun run(OutputMode mode, String... args) {
    return CommandRun.of(new LessonCommand(() -> HOME, () -> mode), args);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "03", "03-go-to-scratch", "go-to-scratch"})
  void printsTheLessonPlainWhenNotATerminal(String id) {
    CommandRun run = run(OutputMode.PLAIN, id);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("From golang to scratch\n━━━")
        .contains("│ FROM scratch", "Your turn", "check 03", "hint 03")
        .doesNotContain("\u001b", "<!--", "---\nid:");
    assertThat(run.out().lines())
        .allSatisfy(l -> assertThat(TextWrap.displayWidth(l)).isLessThanOrEqualTo(80));
  }

  @Test
  void aTerminalGetsColourAtItsWidth() {
    CommandRun run = run(new OutputMode(true, 60, Glyphs.UNICODE), "1");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\u001b[1;36mWhy multi-stage builds");
    assertThat(run.out().lines())
        .allSatisfy(l -> assertThat(TextWrap.displayWidth(l)).isLessThanOrEqualTo(60));
  }

  @Test
  void anUnknownIdExitsTwoAndListsTheLessons() {
    CommandRun run = run(OutputMode.PLAIN, "7");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("no lesson '7'")
        .contains("01-why-multi-stage")
        .contains("03-go-to-scratch");
  }

  @Test
  void aBrokenCourseExitsTwoWithTheLocationAndNoStackTrace(@TempDir Path home) throws Exception {
    Files.createDirectories(home.resolve("lessons"));
    Files.createDirectories(home.resolve("exercises/01-x"));
    Files.writeString(
        home.resolve("exercises/01-x/exercise.yaml"), "title: X\nchecks:\n  - tpye: a\n");

    CommandRun run = CommandRun.of(new LessonCommand(() -> home, () -> OutputMode.PLAIN), "1");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err())
        .startsWith("stagecraft: exercises/01-x/exercise.yaml:3: ")
        .contains("'type'")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void isRegisteredOnTheRootCommand() {
    CommandRun run = CommandRun.of(new StagecraftCommand(), "lesson", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Print a lesson");
  }

  @Test
  void aVeryWideTerminalStillGetsReadableLines() {
    CommandRun run = run(new OutputMode(false, 200, Glyphs.UNICODE), "1");

    int widest = run.out().lines().mapToInt(TextWrap::displayWidth).max().orElse(0);
    assertThat(widest).isEqualTo(LessonCommand.MAX_READING_WIDTH);
  }
}
