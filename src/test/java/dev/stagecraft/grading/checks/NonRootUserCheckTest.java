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
