package dev.stagecraft.grading.checks;

import static dev.stagecraft.grading.ImageFactsFixture.image;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.grading.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NonRootUserCheckTest {

  private final NonRootUserCheck check = new NonRootUserCheck();

  @ParameterizedTest
  @ValueSource(
      strings = {"", "0", "00", "000:0", "root", "0:0", "root:root", "0:1000", "root:app", " "})
  void rootInAnySpellingFails(String user) {
    assertThat(check.evaluate(image().user(user).context()).status()).isEqualTo(Status.FAIL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"65532", "65532:65532", "1000:0"})
  void numericNonRootPassesWithoutPasswd(String user) {
    assertThat(check.evaluate(image().user(user).context()).status()).isEqualTo(Status.PASS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"app", "app:app"})
  void namedUserInPasswdPasses(String user) {
    var image =
        image()
            .user(user)
            .captured(
                "/etc/passwd", "root:x:0:0::/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n");
    assertThat(check.evaluate(image.context()).status()).isEqualTo(Status.PASS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"nobody", "appuser"})
  void namedUserMissingFromPasswdFails(String user) {
    var image =
        image()
            .user(user)
            .captured(
                "/etc/passwd", "root:x:0:0::/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n");
    var verdict = check.evaluate(image.context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).contains("not in /etc/passwd");
  }

  @ParameterizedTest
  @ValueSource(strings = {"app"})
  void namedUserOnScratchWithoutPasswdFails(String user) {
    var verdict = check.evaluate(image().user(user).context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).contains("no /etc/passwd");
  }

  @org.junit.jupiter.api.Test
  void theAdviceForRootFitsTheFinalStagesBase() {
    var scratch = check.evaluate(image().user("").context("FROM scratch\nCOPY app /app\n"));
    assertThat(scratch.expected().orElseThrow()).contains("USER 65532:65532");

    var nginx =
        check.evaluate(
            image()
                .user("")
                .captured(
                    "/etc/passwd",
                    "root:x:0:0:root:/root:/bin/sh\nnginx:x:101:101:nginx:/nonexistent:/bin/false\n")
                .context(
                    "FROM node:20-slim AS build\nFROM nginx:alpine\nCOPY --from=build /a /b\n"));
    assertThat(nginx.expected().orElseThrow())
        .contains("USER 101")
        .doesNotContain("65532")
        .doesNotContain("useradd");

    var alpine =
        check.evaluate(
            image()
                .user("root")
                .captured("/etc/passwd", "root:x:0:0:root:/root:/bin/ash\n")
                .captured("/etc/os-release", "ID=alpine\n")
                .context("FROM alpine:3.20\n"));
    assertThat(alpine.expected().orElseThrow()).contains("adduser -S").doesNotContain("useradd");

    var debian =
        check.evaluate(
            image()
                .user("0")
                .captured("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\n")
                .captured("/usr/lib/os-release", "ID=debian\n")
                .context("FROM debian:bookworm-slim\n"));
    assertThat(debian.expected().orElseThrow()).contains("useradd --system --uid 10001 app");
  }

  @ParameterizedTest
  @ValueSource(strings = {"toor", "toor:toor", "admin"})
  void aNameForUidZeroIsRoot(String user) {
    var image =
        image()
            .user(user)
            .captured(
                "/etc/passwd",
                "root:x:0:0::/root:/bin/sh\ntoor:x:0:0::/root:/bin/sh\nadmin:x:00:0::/:/bin/sh\n");
    var verdict = check.evaluate(image.context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).contains("uid 0");
  }
}
