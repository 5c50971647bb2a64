package dev.stagecraft.grading;

import static dev.stagecraft.grading.FixtureGrading.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.engine.EngineAvailable;
import dev.stagecraft.engine.EngineLeftovers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fixture final-stage-has-gcc (the Go toolchain image shipped as is) graded on a real engine
 * with the file, layer, package and command checks: one build for all of them.
 */
@ExtendWith(EngineAvailable.class)
class FinalStageHasGccIT {

  private static Map<String, CheckResult> results;

  @BeforeAll
  static void gradeOnce() throws Exception {
    results =
        FixtureGrading.byId(
            FixtureGrading.grade(
                "final-stage-has-gcc",
                List.of(
                    spec("path-present", "paths", "/usr/bin/cc", "kind", "file"),
                    spec("path-absent", "paths", List.of("/usr/bin/cc", "/usr/bin/clang")),
                    spec("path-present", "paths", "/usr/bin/cc", "kind", "symlink"),
                    spec("file-content", "path", "/etc/os-release", "matches", "^ID=debian$"),
                    spec("no-source-files"),
                    spec("exec-form"),
                    spec("package-count", "max", 50),
                    spec("layer-count", "max", 3, "scope", "yours"),
                    spec("added-size", "maxMB", 1),
                    spec(
                        "command",
                        "name",
                        "go prints its version",
                        "command",
                        List.of("go", "version"),
                        "expectedOutput",
                        "^go version go1\\."),
                    spec(
                        "command", "command", List.of("/bin/sh", "-c", "echo oops >&2; exit 3")))));
  }

  @AfterAll
  static void nothingLeftBehind() throws Exception {
    assertThat(EngineLeftovers.containers()).isEmpty();
  }

  @Test
  void ccIsFoundThroughItsChainOfLinks() {
    CheckResult present = results.get("path-present");
    assertThat(present.status()).as(present.message()).isEqualTo(Status.PASS);
    assertThat(present.verdict().actual())
        .hasValue("/usr/bin/cc -> /usr/bin/x86_64-linux-gnu-gcc-12 (file, 0755)");

    CheckResult absent = results.get("path-absent");
    assertThat(absent.status()).isEqualTo(Status.FAIL);
    assertThat(absent.verdict().expected()).hasValue("absent: /usr/bin/cc, /usr/bin/clang");
    assertThat(absent.verdict().actual())
        .hasValue("/usr/bin/cc -> /usr/bin/x86_64-linux-gnu-gcc-12");

    CheckResult link = results.get("path-present-2");
    assertThat(link.status()).as(link.message()).isEqualTo(Status.PASS);
  }

  @Test
  void contentIsReadThroughALink() {
    // /etc/os-release links to ../usr/lib/os-release: the export alone has no content for it.
    CheckResult content = results.get("file-content");
    assertThat(content.status()).as(content.message()).isEqualTo(Status.PASS);
  }

  @Test
  void shippedSourcesAreNamedButTheToolchainsOwnAreNot() {
    CheckResult sources = results.get("no-source-files");
    assertThat(sources.status()).isEqualTo(Status.FAIL);
    assertThat(sources.verdict().actual()).hasValue("1 source path: /src/ (2 files)");
  }

  @Test
  void shellFormCmdIsFoundAtItsLine() {
    CheckResult exec = results.get("exec-form");
    assertThat(exec.status()).isEqualTo(Status.FAIL);
    assertThat(exec.message()).startsWith("line 5: CMD is in shell form");
    assertThat(exec.verdict().actual())
        .hasValue("ENTRYPOINT (none), CMD [\"/bin/sh\", \"-c\", \"go run .\"]");
  }

  @Test
  void layersAndPackagesAreCounted() {
    CheckResult packages = results.get("package-count");
    assertThat(packages.status()).isEqualTo(Status.FAIL);
    assertThat(packages.verdict().actual().orElseThrow()).matches("\\d{3} packages \\(dpkg\\)");

    CheckResult layers = results.get("layer-count");
    assertThat(layers.status()).as(layers.message()).isEqualTo(Status.PASS);
    assertThat(layers.verdict().actual().orElseThrow())
        .matches("[12] from your steps \\(\\d+ from the base, [12] from your steps\\)");

    CheckResult added = results.get("added-size");
    assertThat(added.status()).as(added.message()).isEqualTo(Status.PASS);
    assertThat(added.verdict().actual().orElseThrow()).matches("0\\.0 MB on top of a \\d+ MB base");
  }

  @Test
  void commandsRunInTheImage() {
    CheckResult version = results.get("command");
    assertThat(version.category()).isEqualTo(CheckCategory.RUNTIME);
    assertThat(version.title()).isEqualTo("go prints its version");
    assertThat(version.status()).as(version.message()).isEqualTo(Status.PASS);

    CheckResult exit = results.get("command-2");
    assertThat(exit.status()).isEqualTo(Status.FAIL);
    assertThat(exit.message()).contains("exit code 3 instead of 0");
    assertThat(exit.verdict().actual()).hasValue("exit code 3, stdout (empty), stderr \"oops\"");
  }
}
