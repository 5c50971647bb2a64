package dev.stagecraft.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineTargetTest {

  private static final Map<String, String> ENV =
      Map.of(
          "DOCKER_HOST", "unix:///var/run/docker.sock",
          "DOCKER_TLS_VERIFY", "1",
          "DOCKER_CERT_PATH", "/certs",
          "HOME", "/root");

  @Test
  void anAddressBecomesDockerHostAndKeepsTheTlsSettings() {
    EngineTarget target = EngineTarget.parse("tcp://grader:2376", ENV);
    assertThat(target.name()).isEqualTo("tcp://grader:2376");
    assertThat(target.environment())
        .containsEntry("DOCKER_HOST", "tcp://grader:2376")
        .containsEntry("DOCKER_TLS_VERIFY", "1")
        .containsEntry("DOCKER_CERT_PATH", "/certs")
        .doesNotContainKey("HOME");
  }

  @Test
  void aPlainWordIsADockerContext() {
    EngineTarget target = EngineTarget.parse("lab-2", ENV);
    assertThat(target.environment())
        .containsEntry("DOCKER_CONTEXT", "lab-2")
        .doesNotContainKey("DOCKER_HOST");
  }

  @Test
  void withoutEnginesTheCurrentOneIsNamedByItsHost() {
    assertThat(EngineTarget.current(ENV).name()).isEqualTo("unix:///var/run/docker.sock");
    assertThat(EngineTarget.current(Map.of()).name()).isEqualTo("default");
  }

  @Test
  void somethingElseIsRefused() {
    assertThatThrownBy(() -> EngineTarget.parse("not an engine!", ENV))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("docker context name");
  }
}
