package dev.stagecraft.grading.checks;

import static dev.stagecraft.grading.ImageFactsFixture.image;
import static dev.stagecraft.grading.checks.Specs.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.ImageFactsFixture;
import dev.stagecraft.grading.Status;
import dev.stagecraft.grading.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathChecksTest {

  /** A Debian-like image where /bin is a link and cc links to gcc-12. */
  private static ImageFactsFixture debianLike() {
    return image()
        .dir("/usr")
        .dir("/usr/bin")
        .link("/bin", "usr/bin")
        .file("/usr/bin/gcc-12", 0755, 1000)
        .link("/usr/bin/cc", "gcc-12")
        .link("/usr/bin/broken", "/nowhere")
        .dir("/app")
        .owned("/app/server", 0750, 65532, 65532);
  }

  private static Verdict present(Object... params) throws CheckSpecException {
    return PathPresentCheck.from(params("path-present", params)).evaluate(debianLike().context());
  }

  private static Verdict absent(Object... params) throws CheckSpecException {
    return PathAbsentCheck.from(params("path-absent", params)).evaluate(debianLike().context());
  }

  @Test
  void presentFollowsLinksToTheirTarget() throws Exception {
    Verdict verdict = present("paths", List.of("/bin/cc"), "kind", "file");
    assertThat(verdict.status()).isEqualTo(Status.PASS);
    assertThat(verdict.actual()).hasValue("/bin/cc -> /usr/bin/gcc-12 (file, 0755)");
  }

  @Test
  void presentWithoutFollowingSeesTheLinkItself() throws Exception {
    assertThat(present("paths", "/usr/bin/cc", "followLinks", false, "kind", "file").status())
        .isEqualTo(Status.FAIL);
    assertThat(present("paths", "/usr/bin/cc", "kind", "symlink").status()).isEqualTo(Status.PASS);
  }

  @Test
  void missingPathFailsNamingIt() throws Exception {
    Verdict verdict = present("paths", List.of("/app/server", "/app/config.json"));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.expected()).hasValue("present: /app/server, /app/config.json");
    assertThat(verdict.actual()).hasValue("/app/config.json is missing");
  }

  @Test
  void danglingLinkCountsAsMissingAndSaysWhy() throws Exception {
    Verdict verdict = present("paths", "/usr/bin/broken");
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual().orElseThrow()).contains("a link to /nowhere, which does not exist");
  }

  @Test
  void modeAndOwnerAreCompared() throws Exception {
    assertThat(present("paths", "/app/server", "mode", "0750", "owner", "65532:65532").status())
        .isEqualTo(Status.PASS);
    Verdict verdict = present("paths", "/app/server", "mode", "0755", "owner", "0");
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.expected()).hasValue("present: /app/server (mode 0755, uid 0)");
    assertThat(verdict.actual()).hasValue("/app/server has mode 0750, uid 65532");
  }

  @Test
  void wrongTypeFails() throws Exception {
    Verdict verdict = present("paths", "/app", "kind", "file");
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual()).hasValue("/app has type directory");
  }

  @Test
  void badParametersAreRejectedWithTheLine() {
    assertThatThrownBy(() -> present("paths", "/app", "mode", "0799"))
        .hasMessageContaining("exercise.yaml:7")
        .hasMessageContaining("octal");
    assertThatThrownBy(() -> present("paths", "app"))
        .hasMessageContaining("image paths start with /");
    assertThatThrownBy(() -> present("paths", "/app", "owner", "app"))
        .hasMessageContaining("numeric");
    assertThatThrownBy(() -> present("paths", "/app", "kind", "fifo"))
        .hasMessageContaining("file, directory or symlink");
  }

  @Test
  void absentPassesWhenNothingIsThere() throws Exception {
    Verdict verdict = absent("paths", List.of("/usr/bin/go", "/usr/local/go"));
    assertThat(verdict.status()).isEqualTo(Status.PASS);
  }

  @Test
  void absentFailsOnALinkToARealFile() throws Exception {
    Verdict verdict = absent("paths", List.of("/bin/cc"));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.expected()).hasValue("absent: /bin/cc");
    assertThat(verdict.actual()).hasValue("/bin/cc -> /usr/bin/gcc-12");
  }

  @Test
  void danglingLinkIsAbsentOnlyWhenLinksAreFollowed() throws Exception {
    assertThat(absent("paths", "/usr/bin/broken").status()).isEqualTo(Status.PASS);
    assertThat(absent("paths", "/usr/bin/broken", "followLinks", false).status())
        .isEqualTo(Status.FAIL);
  }

  @Test
  void withoutAnImageTheCheckIsSkipped() throws Exception {
    var check = PathAbsentCheck.from(params("path-absent", "paths", "/x"));
    var context = ImageFactsFixture.contextFor("FROM scratch\n");
    assertThat(check.evaluate(context).status()).isEqualTo(Status.SKIPPED);
  }
}
