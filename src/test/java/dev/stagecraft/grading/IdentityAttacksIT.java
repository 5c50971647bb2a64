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
 * Attacks on the checks of the image config: who the container runs as (non-root-user), how it
 * starts (exec-form) and its metadata (workdir, env, labels, exposed-ports, healthcheck). Each
 * attack is graded on the real engine, and a legitimate answer written differently must pass.
 */
@ExtendWith(EngineAvailable.class)
class IdentityAttacksIT {

  /** What the process really is: a `runs` of `id -u` proves the attack is root. */
  private static final Object ID_U = List.of("id", "-u");

  @Test
  void rootUnderAnotherNameIsRoot() throws Exception {
    Map<String, CheckResult> r =
        attack(
            "fails-root-by-another-name",
            List.of(spec("non-root-user"), spec("runs", "command", ID_U, "output", "^0$")));
    fails(r, "non-root-user", "uid 0", "toor");
    passes(r, "runs");
  }

  @Test
  void rootSpelledWithLeadingZerosIsRoot() throws Exception {
    Map<String, CheckResult> r =
        attack(
            "fails-root-spelled-00",
            List.of(spec("non-root-user"), spec("runs", "command", ID_U, "output", "^0$")));
    fails(r, "non-root-user", "00:00");
    passes(r, "runs");
  }

  @Test
  void aUserNobodyCreatedCannotEvenStart() throws Exception {
    Map<String, CheckResult> r =
        attack(
            "fails-user-missing-from-passwd",
            List.of(spec("non-root-user"), spec("runs", "command", ID_U)));
    fails(r, "non-root-user", "ghost", "is not in /etc/passwd");
    fails(r, "runs", "could not start");
  }

  @Test
  void aNamedSystemUserPasses() throws Exception {
    Map<String, CheckResult> r =
        attack(
            "passes-named-user",
            List.of(
                spec("non-root-user"),
                spec("runs", "output", "^10001$"),
                spec("exec-form"),
                spec("workdir", "path", "/home/app")));
    passes(r, "non-root-user");
    passes(r, "runs");
    passes(r, "exec-form");
    passes(r, "workdir");
  }

  @Test
  void aShellWrittenAsAJsonArrayIsShellForm() throws Exception {
    Map<String, CheckResult> r =
        attack("fails-shell-written-as-json", List.of(spec("exec-form"), spec("non-root-user")));
    fails(r, "exec-form", "line 4: CMD is in shell form");
    passes(r, "non-root-user");
  }

  @Test
  void metadataSpelledOtherwiseIsReadAsTheEngineRecordsIt() throws Exception {
    Map<String, CheckResult> r =
        attack(
            "metadata-spelled-otherwise",
            List.of(
                spec("workdir", "path", "/app"),
                spec("env", "name", "NODE_ENV", "value", "production"),
                spec("labels", "labels", Map.of("org.opencontainers.image.source", "https://.+")),
                spec("exposed-ports", "ports", List.of("8080")),
                spec("exposed-ports", "ports", List.of("8080/udp")),
                spec("healthcheck"),
                spec("exec-form")));
    passes(r, "workdir");
    passes(r, "env");
    passes(r, "labels");
    fails(r, "exposed-ports", "8080/udp");
    passes(r, "exposed-ports-2");
    passes(r, "healthcheck");
    passes(r, "exec-form");
  }
}
