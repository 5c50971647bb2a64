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
 * Attacks on the checks of the image's files: sources hidden in system places or shipped with the
 * build folder (no-source-files), secrets deleted by a later step (no-secrets), setgid instead of
 * setuid (no-setuid), and files reached through links (path-present, path-absent, file-content).
 */
@ExtendWith(EngineAvailable.class)
class FileAttacksIT {

  @Test
  void sourcesHiddenWhereThePackagesKeepTheirsAreFound() throws Exception {
    Map<String, CheckResult> r =
        attack("fails-sources-hidden-in-a-system-place", List.of(spec("no-source-files")));
    fails(
        r,
        "no-source-files",
        "/usr/local/lib/greeter/main.go",
        "/usr/local/lib/greeter/go.mod",
        "/usr/local/lib/greeter/go.sum");
  }

  @Test
  void theWholeBuildFolderShipsItsSources() throws Exception {
    Map<String, CheckResult> r =
        attack("fails-ships-build-folder", List.of(spec("no-source-files"), spec("copy-from")));
    fails(r, "no-source-files", "/app/main.go", "/app/go.mod", "/app/go.sum");
    passes(r, "copy-from");
  }

  @Test
  void onlyTheBuiltProgramPasses() throws Exception {
    Map<String, CheckResult> r =
        attack(
            "passes-binary-only",
            List.of(spec("no-source-files"), spec("no-secrets"), spec("no-setuid")));
    passes(r, "no-source-files");
    passes(r, "no-secrets");
    passes(r, "no-setuid");
  }

  @Test
  void aSecretDeletedByALaterStepStillShipsInItsLayer() throws Exception {
    Map<String, CheckResult> r =
        attack("fails-secret-removed-by-a-later-step", List.of(spec("no-secrets")));
    fails(r, "no-secrets", "/app/.env (removed by a later step, still in layer");
  }

  @Test
  void aSecretUsedOnlyInTheBuildStagePasses() throws Exception {
    Map<String, CheckResult> r =
        attack("passes-secret-only-in-the-build-stage", List.of(spec("no-secrets")));
    passes(r, "no-secrets");
  }

  @Test
  void setgidAloneIsCaught() throws Exception {
    Map<String, CheckResult> r = attack("fails-setgid-only", List.of(spec("no-setuid")));
    fails(r, "no-setuid", "/usr/local/bin/helper");
  }

  @Test
  void fileCapabilitiesAreCaughtLikeSetuid() throws Exception {
    Map<String, CheckResult> r = attack("fails-file-capabilities", List.of(spec("no-setuid")));
    fails(r, "no-setuid", "/usr/local/bin/capped (0755, file capabilities)");
  }

  @Test
  void linksAreFollowedWhereTheCheckSaysSo() throws Exception {
    Map<String, CheckResult> r =
        attack(
            "links-and-renames",
            List.of(
                spec("file-content", "path", "/etc/app/app.conf", "matches", "listen 8080;"),
                spec("path-present", "paths", List.of("/etc/app/app.conf"), "kind", "file"),
                spec("path-present", "paths", List.of("/etc/app/app.conf"), "kind", "symlink"),
                spec("path-absent", "paths", List.of("/bin/sh", "/usr/local/bin/dangling")),
                spec(
                    "path-absent",
                    "paths",
                    List.of("/usr/local/bin/dangling"),
                    "followLinks",
                    false),
                // The shell under another name: only a check that names it finds it.
                spec("path-absent", "paths", List.of("/bin/busybox"))));
    passes(r, "file-content");
    passes(r, "path-present");
    passes(r, "path-present-2");
    passes(r, "path-absent");
    fails(r, "path-absent-2", "/usr/local/bin/dangling");
    fails(r, "path-absent-3", "/bin/busybox");
  }
}
