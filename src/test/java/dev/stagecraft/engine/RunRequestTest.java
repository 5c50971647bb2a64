package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunRequestTest {

  @Test
  void defaultsConfineTheRun() {
    RunRequest run = RunRequest.of("app:1");
    assertThat(run.networkDisabled()).isTrue();
    assertThat(run.memoryBytes()).isEqualTo(256L * 1024 * 1024);
    assertThat(run.pidsLimit()).isEqualTo(256);
    assertThat(run.command()).isEmpty();
    assertThat(run.entrypoint()).isEmpty();
    assertThat(run.user()).isEmpty();
  }

  @Test
  void withersChangeOneThing() {
    RunRequest run =
        RunRequest.of("app:1")
            .withCommand(List.of("--version"))
            .withUser("65532")
            .withNetwork(true)
            .withTimeout(Duration.ofSeconds(5));
    assertThat(run.command()).contains(List.of("--version"));
    assertThat(run.user()).contains("65532");
    assertThat(run.networkDisabled()).isFalse();
    assertThat(run.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(run.image()).isEqualTo("app:1");
  }

  @Test
  void refusesLimitsTheEngineWouldRefuse() {
    assertThatThrownBy(() -> RunRequest.of("a").withTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeout");
    assertThatThrownBy(
            () ->
                new RunRequest(
                    "a",
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    List.of(),
                    true,
                    1024,
                    1,
                    Duration.ofSeconds(1),
                    java.util.Optional.empty()))
        .hasMessageContaining("6 MB");
  }
}
