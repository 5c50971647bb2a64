package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The root command line: help, and words that are not commands. */
class MainTest {

  @Test
  void anUnknownCommandWithHelpIsAnErrorNotTheTopHelp() {
    CommandRun run = CommandRun.stagecraft("gradle", "--help");
    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("unknown command 'gradle'")
        .contains("check")
        .contains("lint")
        .contains("hint")
        .doesNotContain("Usage:");
  }

  @Test
  void anUnknownCommandAloneIsTheSameError() {
    CommandRun run = CommandRun.stagecraft("gradle", "03");
    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("unknown command 'gradle'").contains("check");
  }

  @Test
  void topHelpAndCommandHelpStillWork() {
    CommandRun top = CommandRun.stagecraft("--help");
    assertThat(top.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(top.out()).contains("Usage: stagecraft");

    CommandRun lint = CommandRun.stagecraft("lint", "--help");
    assertThat(lint.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(lint.out()).contains("Usage: stagecraft lint");
  }

  @Test
  void anUnknownOptionIsStillPicocliSError() {
    CommandRun run = CommandRun.stagecraft("--frobnicate");
    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("--frobnicate");
  }
}
