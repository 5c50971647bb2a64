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
 * The fixture leaks-dotenv (the whole context copied into Debian, run as root) graded on a real
 * engine with the secret, setuid, metadata and content checks: one build for all of them.
 */
@ExtendWith(EngineAvailable.class)
class LeaksDotenvIT {

  private static Map<String, CheckResult> results;

  @BeforeAll
  static void gradeOnce() throws Exception {
    results =
        FixtureGrading.byId(
            FixtureGrading.grade(
                "leaks-dotenv",
                List.of(
                    spec("no-secrets"),
                    spec("no-setuid"),
                    spec("non-root-user"),
                    spec("env", "name", "API_TOKEN", "absent", true),
                    spec("exposed-ports", "ports", List.of("8080")),
                    spec("exposed-ports", "ports", List.of("8080"), "atLeast", true),
                    spec("healthcheck"),
                    spec("workdir", "path", "/app"),
                    spec("labels", "labels", Map.of("maintainer", ".+")),
                    spec("exec-form"),
                    spec("file-content", "path", "/app/.env", "matches", "^API_TOKEN="),
                    spec("file-content", "path", "/app/big.log", "matches", "b"),
                    spec("package-count", "max", 500))));
  }

  @AfterAll
  static void nothingLeftBehind() throws Exception {
    assertThat(EngineLeftovers.containers()).isEmpty();
  }

  private static CheckResult failed(String id) {
    CheckResult result = results.get(id);
    assertThat(result.status()).as(id + ": " + result.message()).isEqualTo(Status.FAIL);
    return result;
  }

  private static CheckResult passed(String id) {
    CheckResult result = results.get(id);
    assertThat(result.status()).as(id + ": " + result.message()).isEqualTo(Status.PASS);
    return result;
  }

  @Test
  void secretsFromTheContextAndTheBuildAreNamed() {
    assertThat(failed("no-secrets").verdict().actual())
        .hasValue("3 files: /app/.env, /app/.git/, /app/id_ed25519");
  }

  @Test
  void debiansOwnSetuidProgramsAreNamed() {
    String actual = failed("no-setuid").verdict().actual().orElseThrow();
    assertThat(actual)
        .matches("\\d+ files: .*")
        .contains("/usr/bin/chfn (4755)", "/usr/bin/passwd (4755)", "/usr/bin/su (4755)")
        .doesNotContain("more");
  }

  @Test
  void metadataFailuresSayExpectedAndActual() {
    assertThat(failed("non-root-user").verdict().actual()).hasValue("root (no USER set)");
    assertThat(failed("env").verdict().actual()).hasValue("API_TOKEN=not-a-real-token");
    CheckResult ports = failed("exposed-ports");
    assertThat(ports.verdict().expected()).hasValue("exactly 8080/tcp");
    assertThat(ports.verdict().actual()).hasValue("8080/tcp, 9090/tcp");
    passed("exposed-ports-2");
    assertThat(failed("healthcheck").verdict().actual()).hasValue("no HEALTHCHECK");
    assertThat(failed("workdir").verdict().actual()).hasValue("/ (no WORKDIR set)");
    assertThat(failed("labels").verdict().actual()).hasValue("maintainer not set");
    passed("exec-form");
  }

  @Test
  void contentIsCapturedAndABigFileSaysItWasCut() {
    passed("file-content");
    CheckResult big = failed("file-content-2");
    assertThat(big.verdict().actual())
        .hasValue("no match for /b/ (only the first 1.0 MB of 1.5 MB were read)");
  }

  @Test
  void debianPackagesAreCounted() {
    assertThat(passed("package-count").verdict().actual().orElseThrow())
        .matches("\\d+ packages \\(dpkg\\)");
  }
}
