package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code check --watch} from the shell: what it refuses before it takes the terminal. */
class CheckWatchOptionTest {

  @Test
  void watchWithAReportFileSaysWhichToDrop() {
    CommandRun run = CommandRun.stagecraft("check", "3", "--watch", "--json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("--watch shows each report on the terminal").contains("Drop");
  }

  @Test
  void watchIsInTheHelpOfCheck() {
    CommandRun run = CommandRun.stagecraft("check", "--help");

    assertThat(run.out()).contains("--watch").contains("STAGECRAFT_WATCH=enter");
  }
}
