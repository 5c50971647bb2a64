package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectContainerResponse.ContainerState;
import org.junit.jupiter.api.Test;

/** A container that never ran is told apart by its state, not its exit code, on every engine. */
class ContainerStatesTest {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private static ContainerState state(String json) throws Exception {
    return JSON.readValue("{\"State\":" + json + "}", InspectContainerResponse.class).getState();
  }

  @Test
  void podmansNeverStartedContainerShowsExitCodeZeroButNeverRan() throws Exception {
    ContainerState podman =
        state(
            "{\"Status\":\"created\",\"Running\":false,\"ExitCode\":0,"
                + "\"StartedAt\":\"0001-01-01T00:00:00Z\","
                + "\"Error\":\"/app/missing: no such file or directory\"}");
    assertThat(ContainerStates.neverRan(podman)).isTrue();
    assertThat(ContainerStates.whyNotRan(podman)).contains("/app/missing");
  }

  @Test
  void dockersFailedStartRecords127AndNeverRan() throws Exception {
    ContainerState docker =
        state(
            "{\"Status\":\"created\",\"Running\":false,\"ExitCode\":127,"
                + "\"StartedAt\":\"0001-01-01T00:00:00Z\",\"Error\":\"\"}");
    assertThat(ContainerStates.neverRan(docker)).isTrue();
    assertThat(ContainerStates.whyNotRan(docker)).contains("never reached the running state");
  }

  @Test
  void aProgramThatRanAndExitedZeroRan() throws Exception {
    ContainerState exited =
        state(
            "{\"Status\":\"exited\",\"Running\":false,\"ExitCode\":0,"
                + "\"StartedAt\":\"2026-12-01T04:00:00.1Z\"}");
    assertThat(ContainerStates.neverRan(exited)).isFalse();
    ContainerState running =
        state("{\"Status\":\"running\",\"Running\":true,\"StartedAt\":\"2026-12-01T04:00:00Z\"}");
    assertThat(ContainerStates.neverRan(running)).isFalse();
  }
}
