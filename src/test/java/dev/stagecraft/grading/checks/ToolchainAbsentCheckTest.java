package dev.stagecraft.grading.checks;

import static dev.stagecraft.grading.ImageFactsFixture.image;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.grading.ImageFactsFixture;
import dev.stagecraft.grading.Status;
import dev.stagecraft.grading.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolchainAbsentCheckTest {

  private final ToolchainAbsentCheck noGoNoGcc =
      new ToolchainAbsentCheck(List.of(KnownTool.named("go"), KnownTool.named("gcc")));

  private static Verdict judge(ToolchainAbsentCheck check, ImageFactsFixture image) {
    return check.evaluate(image.context());
  }

  @Test
  void scratchImageWithOnlyTheAppPasses() {
    Verdict verdict = judge(noGoNoGcc, image().file("/app"));
    assertThat(verdict.status()).isEqualTo(Status.PASS);
  }

  @Test
  void officialGoImageLayoutFails() {
    Verdict verdict =
        judge(
            noGoNoGcc,
            image()
                .env(
                    "PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
                .dir("/usr")
                .dir("/usr/local")
                .dir("/usr/local/go")
                .dir("/usr/local/go/bin")
                .file("/usr/local/go/bin/go"));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual())
        .hasValueSatisfying(a -> assertThat(a).contains("/usr/local/go/bin/go"));
  }

  @Test
  void compilerBehindSymlinkInMergedUsrIsFound() {
    Verdict verdict =
        judge(
            noGoNoGcc,
            image()
                .link("/bin", "usr/bin")
                .dir("/usr")
                .dir("/usr/bin")
                .file("/usr/bin/gcc-12")
                .link("/usr/bin/cc", "gcc-12"));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual())
        .hasValueSatisfying(a -> assertThat(a).contains("gcc at /usr/bin/"));
  }

  @Test
  void danglingCompilerLinkIsNotACompiler() {
    Verdict verdict =
        judge(noGoNoGcc, image().dir("/usr").dir("/usr/bin").link("/usr/bin/gcc", "gcc-12"));
    assertThat(verdict.status()).isEqualTo(Status.PASS);
  }

  @Test
  void compilerOutsidePathIsFound() {
    Verdict verdict = judge(noGoNoGcc, image().dir("/opt").file("/opt/gcc"));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual())
        .hasValueSatisfying(a -> assertThat(a).contains("/opt/gcc (outside PATH)"));
  }

  @Test
  void aFileOfTheNameThatCannotRunIsNotATool() {
    Verdict verdict = judge(noGoNoGcc, image().dir("/opt").file("/opt/gcc", 0644, 10));
    assertThat(verdict.status()).isEqualTo(Status.PASS);
  }

  @Test
  void renamedCompilerIsKnownByItsInternals() {
    Verdict verdict =
        judge(
            noGoNoGcc,
            image()
                .dir("/opt")
                .dir("/opt/x")
                .file("/opt/x/mycompiler")
                .dir("/opt/x/lib")
                .file("/opt/x/lib/cc1"));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual())
        .hasValueSatisfying(a -> assertThat(a).contains("gcc at /opt/x/lib/cc1"));
  }

  @Test
  void goToolchainCopiedElsewhereIsKnownByItsCompileTool() {
    Verdict verdict =
        judge(
            noGoNoGcc,
            image()
                .dir("/opt")
                .dir("/opt/g")
                .dir("/opt/g/pkg")
                .dir("/opt/g/pkg/tool")
                .dir("/opt/g/pkg/tool/linux_amd64")
                .file("/opt/g/pkg/tool/linux_amd64/compile"));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual()).hasValueSatisfying(a -> assertThat(a).contains("go at /opt/g"));
  }

  @Test
  void installedPackageFailsEvenWithoutTheBinary() {
    Verdict verdict =
        judge(
            noGoNoGcc,
            image()
                .captured(
                    "/var/lib/dpkg/status",
                    "Package: golang-1.19-go\nStatus: install ok installed\n"));
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual()).hasValueSatisfying(a -> assertThat(a).contains("golang-1.19-go"));
  }

  @Test
  void gccBasePackageOfEveryDebianImageIsNotACompiler() {
    Verdict verdict =
        judge(
            noGoNoGcc,
            image()
                .captured(
                    "/var/lib/dpkg/status",
                    "Package: gcc-12-base\nStatus: install ok installed\n\nPackage: libgcc-s1\nStatus: install ok installed\n"));
    assertThat(verdict.status()).isEqualTo(Status.PASS);
  }
}
