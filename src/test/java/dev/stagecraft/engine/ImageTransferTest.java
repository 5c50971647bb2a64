package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageTransferTest {

  @Test
  void aPullNamesOneTagNeverEveryTag() {
    assertThat(ImageTransfer.splitTag("alpine:3.20")).containsExactly("alpine", "3.20");
    assertThat(ImageTransfer.splitTag("alpine")).containsExactly("alpine", "latest");
    assertThat(ImageTransfer.splitTag("registry:5000/team/app"))
        .containsExactly("registry:5000/team/app", "latest");
    assertThat(ImageTransfer.splitTag("registry:5000/team/app:1.2"))
        .containsExactly("registry:5000/team/app", "1.2");
    assertThat(ImageTransfer.splitTag("golang@sha256:abc")).containsExactly("golang", "sha256:abc");
  }
}
