package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The test fixture itself: a second daemon starts, runs, survives kill -9 and a freeze. */
class SecondDockerdIT {

  @Test
  void startsRunsAndComesBackAfterAKill() throws Exception {
    try (SecondDockerd second = SecondDockerd.start("fixture")) {
      second.loadImages("alpine:3.20");
      assertThat(second.docker("run", "--rm", "alpine:3.20", "echo", "hello")).contains("hello");

      second.kill();
      second.restart();
      assertThat(second.docker("images", "--format", "{{.Repository}}:{{.Tag}}"))
          .contains("alpine:3.20");

      try (DockerEngine engine = second.connect()) {
        assertThat(engine.info().endpoint()).contains("stagecraft-dockerd-fixture");
      }
    }
    assertThat(java.nio.file.Path.of("/tmp/stagecraft-dockerd-fixture")).doesNotExist();
  }
}
