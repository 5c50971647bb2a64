package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Connection failures need no engine: each must end in a short message saying what to do. */
class EngineConnectionTest {

  @Test
  void aMissingSocketSaysSoAndHowToStartDocker() {
    assertThatThrownBy(
            () -> DockerEngine.connect(Map.of("DOCKER_HOST", "unix:///nonexistent.sock")))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessage(
            "No Docker engine at unix:///nonexistent.sock: the socket does not exist. Start"
                + " Docker (sudo systemctl start docker, or dockerd &) or set DOCKER_HOST.");
  }

  @Test
  void aClosedTcpPortSaysNothingAnswers() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String host = "tcp://127.0.0.1:" + port;
    assertThatThrownBy(() -> DockerEngine.connect(Map.of("DOCKER_HOST", host)))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageStartingWith("No Docker engine at " + host + ": nothing answers there.");
  }

  @Test
  void sshHostsAreRefusedWithAWayAround() {
    assertThatThrownBy(() -> DockerEngine.connect(Map.of("DOCKER_HOST", "ssh://me@build-box")))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("cannot reach an engine over ssh")
        .hasMessageContaining("DOCKER_HOST=unix://");
  }

  @Test
  void unknownSchemesAreNamed() {
    assertThatThrownBy(() -> DockerEngine.connect(Map.of("DOCKER_HOST", "fd://")))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("unix://, tcp:// and npipe://");
  }

  @Test
  void tlsWithoutCertificatesIsExplained() {
    assertThatThrownBy(
            () ->
                DockerEngine.connect(
                    Map.of(
                        "DOCKER_HOST", "tcp://127.0.0.1:2376",
                        "DOCKER_TLS_VERIFY", "1",
                        "DOCKER_CERT_PATH", "/nonexistent/certs")))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("DOCKER_CERT_PATH");
  }

  @Test
  void anUnknownContextFallsBackToTheDefaultSocketLikeTheCli() throws Exception {
    assertThat(
            EngineConnection.configFrom(
                    Map.of("DOCKER_CONTEXT", "default", "DOCKER_CONFIG", "/nonexistent/config"),
                    null)
                .getDockerHost()
                .toString())
        .isEqualTo("unix:///var/run/docker.sock");
  }
}
