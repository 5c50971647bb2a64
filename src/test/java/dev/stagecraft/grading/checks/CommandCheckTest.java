package dev.stagecraft.grading.checks;

import static dev.stagecraft.grading.ImageFactsFixture.image;
import static dev.stagecraft.grading.checks.Specs.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagecraft.facts.RunOutcome;
import dev.stagecraft.grading.CheckCategory;
import dev.stagecraft.grading.Status;
import dev.stagecraft.grading.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandCheckTest {

  private static CommandCheck version() throws Exception {
    return CommandCheck.from(
        params(
            "command",
            "name",
            "the server prints its version",
            "command",
            List.of("/app/server", "--version"),
            "expectedOutput",
            List.of("^server v[0-9.]+$"),
            "excludedOutput",
            "SNAPSHOT",
            "excludedError",
            "panic"));
  }

  private static RunOutcome finished(int code, String stdout, String stderr) {
    return new RunOutcome.Finished(code, stdout, stderr, false, Duration.ofMillis(20));
  }

  @Test
  void theProgramReplacesTheEntrypointAndTheRestAreItsArguments() throws Exception {
    CommandCheck check = version();
    assertThat(check.category()).isEqualTo(CheckCategory.RUNTIME);
    assertThat(check.title()).isEqualTo("the server prints its version");
    assertThat(check.runsNeeded()).hasSize(1);
    var run = check.runsNeeded().get(0);
    assertThat(run.entrypoint()).hasValue(List.of("/app/server"));
    assertThat(run.command()).hasValue(List.of("--version"));
    assertThat(run.network()).isFalse();
    assertThat(run.timeout()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void expectedOutputAndExitCodePass() throws Exception {
    CommandCheck check = version();
    Verdict verdict =
        check.evaluate(image().run(check.run(), finished(0, "server v1.4.2\n", "")).context());
    assertThat(verdict.status()).isEqualTo(Status.PASS);
    assertThat(verdict.actual()).hasValue("exit code 0, stdout \"server v1.4.2\", stderr (empty)");
  }

  @Test
  void everyProblemIsNamed() throws Exception {
    CommandCheck check = version();
    Verdict verdict =
        check.evaluate(
            image()
                .run(check.run(), finished(2, "server v1.5-SNAPSHOT\n", "panic: oops\n"))
                .context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message())
        .contains("exit code 2 instead of 0")
        .contains("stdout lacks /^server v[0-9.]+$/")
        .contains("stdout has /SNAPSHOT/")
        .contains("stderr has /panic/");
    assertThat(verdict.expected())
        .hasValue(
            "exit code 0, stdout matching /^server v[0-9.]+$/, stdout without /SNAPSHOT/,"
                + " stderr without /panic/");
  }

  @Test
  void aProgramThatIsNotThereFailsToStart() throws Exception {
    CommandCheck check = version();
    Verdict verdict =
        check.evaluate(
            image()
                .run(check.run(), new RunOutcome.FailedToStart("exec: \"/app/server\": not found"))
                .context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual()).hasValue("did not start");
  }

  @Test
  void aCommandStillRunningAtTheLimitFails() throws Exception {
    CommandCheck check = version();
    Verdict verdict =
        check.evaluate(
            image()
                .run(
                    check.run(), new RunOutcome.Finished(137, "", "", true, Duration.ofSeconds(30)))
                .context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual().orElseThrow()).startsWith("still running");
  }

  @Test
  void parametersAreChecked() {
    assertThatThrownBy(() -> CommandCheck.from(params("command")))
        .hasMessageContaining("needs 'command'");
    assertThatThrownBy(
            () -> CommandCheck.from(params("command", "command", "/x", "timeoutSeconds", 0)))
        .hasMessageContaining("between 1 and 600");
    assertThatThrownBy(() -> CommandCheck.from(params("command", "command", "/x", "env", "A")))
        .hasMessageContaining("NAME=value");
  }

  @Test
  void envAndNetworkReachTheRun() throws Exception {
    CommandCheck check =
        CommandCheck.from(
            params("command", "command", "/x", "env", List.of("A=1"), "network", true));
    assertThat(check.run().env()).containsExactly("A=1");
    assertThat(check.run().network()).isTrue();
    assertThat(check.run().command()).isEqualTo(Optional.of(List.of()));
  }
}
