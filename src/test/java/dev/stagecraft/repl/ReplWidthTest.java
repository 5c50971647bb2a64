package dev.stagecraft.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.course.Progress;
import dev.stagecraft.terminal.TextWrap;
import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every REPL command on a dumb terminal at 80 and at 60 columns: no line of output is wider than
 * the terminal, and no escape sequence reaches a terminal that cannot show one.
 */
class ReplWidthTest {

  /** Each command, with the edge cases that print the longest messages. */
  private static final String EVERY_COMMAND =
      String.join(
          "\n",
          "help",
          "lessons",
          "lesson 3",
          "lesson",
          "exercises",
          "next",
          "prev",
          "goto 1",
          "prev",
          "goto 16",
          "next",
          "goto 03-go-scratch",
          "goto foo",
          "goto",
          "lint",
          "hint",
          "hint 06",
          "hint foo",
          "solution 03",
          "solution 04",
          "y",
          "reset 04",
          "clear",
          "check 03",
          "frobnicate",
          "quit",
          "");

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} columns")
  @ValueSource(ints = {80, 60})
  void everyCommandFitsTheWidthInPlainText(int columns) throws Exception {
    ReplHarness repl = ReplHarness.inCopy(dir);
    repl.progress()
        .save(
            Progress.empty()
                .withCheck("03-go-scratch", true, OptionalLong.of(2_000_000), Instant.EPOCH)
                .withCheck("05-node-api", false, OptionalLong.empty(), Instant.EPOCH));

    String screen = repl.session(EVERY_COMMAND, columns);

    assertThat(screen).doesNotContain("\u001b");
    assertThat(screen.lines())
        .allSatisfy(
            line ->
                assertThat(
                        TextWrap.displayWidth(
                            line.replaceFirst("^(stagecraft( \\[[^]]*])?> )+", "")))
                    .as(line)
                    .isLessThanOrEqualTo(columns));
    // Each command did its work (not only fit): a sample of what each one says.
    assertThat(ReplHarness.flat(screen))
        .contains("goto N|ID")
        .contains("Exercise 03-go-scratch: edit exercises/03-go-scratch/Dockerfile")
        .contains("✓ passed")
        .contains("◐ attempted")
        .contains("1 of 13 passed")
        .contains("is the first lesson")
        .contains("is the last lesson")
        .contains("No lesson or exercise 'foo'")
        .contains("Go where?")
        .contains("Hint 1/")
        .contains("+++ solutions/03-go-scratch/Dockerfile")
        .contains("Show the answer anyway?")
        .contains("Restored the starter of 04-runtime-base")
        .contains("No Docker engine")
        .contains("Unknown command 'frobnicate'")
        .contains("Bye.");
  }
}
