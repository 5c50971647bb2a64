package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SessionIdTest {

  @Test
  void thePidSpaceIsWhatFollowsTheRandomPart() {
    assertThat(SessionResources.pidSpaceOf("4242-9f3a1c2e.5d41402abc4b")).contains("5d41402abc4b");
    assertThat(SessionResources.pidSpaceOf("4242-9f3a1c2e")).isEmpty();
    assertThat(SessionResources.pidSpaceOf("not-a-session")).isEmpty();
  }

  @Test
  void thePidSpaceIsStableAndFitsInAnImageTag() {
    // Linux has /proc; elsewhere there is no pid space and only the age rule applies.
    if (Path.of("/proc/self/ns/pid").toFile().exists()) {
      assertThat(PidSpace.id()).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{12}"));
      assertThat(PidSpace.id()).isEqualTo(PidSpace.id());
    } else {
      assertThat(PidSpace.id()).isEmpty();
    }
  }
}
