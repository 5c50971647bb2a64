package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EngineAvailable.class)
class ContainerRunIT {

  @Test
  void capturesExitCodeAndBothStreams(DockerEngine engine) throws Exception {
    String debian = EngineFixtures.debianImage(engine);
    RunResult result =
        engine.run(
            RunRequest.of(debian)
                .withCommand(List.of("sh", "-c", "echo out; echo err >&2; exit 4"))
                .withEnv(List.of("GREETING=hi")));
    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.stdout()).isEqualTo("out\n");
    assertThat(result.stderr()).isEqualTo("err\n");
    assertThat(result.timedOut()).isFalse();
    assertThat(result.succeeded()).isFalse();
    assertThat(engine.sessionResourceCount()).isZero();
  }

  @Test
  void runsConfinedWithoutNetworkAsTheRequestedUser(DockerEngine engine) throws Exception {
    String debian = EngineFixtures.debianImage(engine);
    RunResult result =
        engine.run(
            RunRequest.of(debian)
                .withUser("65534")
                .withCommand(List.of("sh", "-c", "id -u; ls /sys/class/net; echo $GREETING"))
                .withEnv(List.of("GREETING=hi")));
    assertThat(result.succeeded()).isTrue();
    assertThat(result.stdout()).isEqualTo("65534\nlo\nhi\n");
  }

  @Test
  void aRunPastItsTimeoutIsKilledAndRemoved(DockerEngine engine) throws Exception {
    String debian = EngineFixtures.debianImage(engine);
    RunResult result =
        engine.run(
            RunRequest.of(debian)
                .withCommand(List.of("sleep", "60"))
                .withTimeout(Duration.ofSeconds(2)));
    assertThat(result.timedOut()).isTrue();
    assertThat(result.succeeded()).isFalse();
    assertThat(result.duration()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(20));
    assertThat(engine.sessionResourceCount()).isZero();
  }

  @Test
  void outputBeyondTheCapIsCutAndFlagged(DockerEngine engine) throws Exception {
    String debian = EngineFixtures.debianImage(engine);
    RunResult result =
        engine.run(
            RunRequest.of(debian)
                .withCommand(List.of("sh", "-c", "head -c 200000 /dev/zero | tr '\\\\0' x")));
    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout().getBytes(StandardCharsets.UTF_8))
        .hasSize(RunResult.OUTPUT_CAP_BYTES);
    assertThat(result.outputTruncated()).isTrue();
  }

  @Test
  void aMissingProgramIsAResultNotAnError(DockerEngine engine) throws Exception {
    String debian = EngineFixtures.debianImage(engine);
    RunResult result =
        engine.run(RunRequest.of(debian).withEntrypoint(List.of("/no/such/program")));
    assertThat(result.succeeded()).isFalse();
    assertThat(result.started()).isFalse();
    assertThat(result.notStarted())
        .hasValueSatisfying(why -> assertThat(why).contains("/no/such/program"));
    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stderr()).contains("/no/such/program");
    assertThat(engine.sessionResourceCount()).isZero();
  }
}
