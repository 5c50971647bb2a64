package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionIdTest {

  @Test
  void theHostIsWhatFollowsTheRandomPart() {
    assertThat(SessionResources.hostOf("4242-9f3a1c2e.build-host.local"))
        .contains("build-host.local");
    assertThat(SessionResources.hostOf("4242-9f3a1c2e")).isEmpty();
    assertThat(SessionResources.hostOf("not-a-session")).isEmpty();
  }

  @Test
  void theLocalHostNameFitsInAnImageTag() {
    LocalHost.tagSafeName().ifPresent(name -> assertThat(name).matches("[a-z0-9.-]{1,40}"));
  }
}
