package dev.stagecraft.grading;

import static dev.stagecraft.grading.AttackAsserts.fails;
import static dev.stagecraft.grading.AttackAsserts.passes;
import static dev.stagecraft.grading.FixtureGrading.attack;
import static dev.stagecraft.grading.FixtureGrading.spec;

import dev.stagecraft.engine.EngineAvailable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attacks on toolchain-absent and package-count: build tools copied out of PATH, renamed, or
 * present as busybox applets. The tools come out of the golang:1.22 image by COPY only, so nothing
 * runs in it and each build takes seconds.
 */
@ExtendWith(EngineAvailable.class)
class ToolchainAttacksIT {

  @Test
  void aCompilerCopiedOutsidePathIsFound() throws Exception {
    Map<String, CheckResult> r =
        attack(
            "fails-compiler-copied-outside-path",
            List.of(spec("toolchain-absent", "tools", List.of("gcc", "cc"))));
    fails(r, "toolchain-absent", "/opt/x/cc (outside PATH)");
  }

  @Test
  void aRenamedCompilerIsKnownByItsInternals() throws Exception {
    Map<String, CheckResult> r =
        attack(
            "fails-compiler-renamed", List.of(spec("toolchain-absent", "tools", List.of("gcc"))));
    fails(r, "toolchain-absent", "/usr/local/libexec/helper/cc1");
  }

  @Test
  void aGoToolchainMovedOutOfPathIsKnownByItsCompiler() throws Exception {
    Map<String, CheckResult> r =
        attack(
            "fails-go-toolchain-moved", List.of(spec("toolchain-absent", "tools", List.of("go"))));
    fails(r, "toolchain-absent", "/opt/g/pkg/tool/linux_amd64/compile");
  }

  @Test
  void aBusyboxAppletCountsAsTheTool() throws Exception {
    Map<String, CheckResult> r =
        attack(
            "fails-busybox-applet",
            List.of(
                spec("toolchain-absent", "tools", List.of("wget")),
                spec("toolchain-absent", "tools", List.of("go", "gcc", "cc", "make")),
                spec("package-count", "max", 0)));
    fails(r, "toolchain-absent", "wget at /usr/bin/wget -> /bin/busybox");
    passes(r, "toolchain-absent-2");
    passes(r, "package-count");
  }
}
