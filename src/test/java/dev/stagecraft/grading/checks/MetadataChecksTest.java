package dev.stagecraft.grading.checks;

import static dev.stagecraft.grading.ImageFactsFixture.image;
import static dev.stagecraft.grading.checks.Specs.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagecraft.grading.ImageFactsFixture;
import dev.stagecraft.grading.Status;
import dev.stagecraft.grading.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** exposed-ports, exec-form, env, labels, workdir and healthcheck. */
class MetadataChecksTest {

  private static final ImageFactsFixture WEB =
      image()
          .expose("8080/tcp")
          .expose("9090/tcp")
          .env("PORT=8080")
          .env("GIN_MODE=release")
          .label("org.opencontainers.image.source", "https://example.org/app")
          .workdir("/app")
          .healthcheck("CMD", "/app/healthz");

  @Test
  void exactPortsPassOnlyForTheExactSet() throws Exception {
    var ctx = WEB.context();
    assertThat(
            ExposedPortsCheck.from(params("exposed-ports", "ports", List.of("8080", "9090/TCP")))
                .evaluate(ctx)
                .status())
        .isEqualTo(Status.PASS);
    Verdict verdict =
        ExposedPortsCheck.from(params("exposed-ports", "ports", List.of("8080"))).evaluate(ctx);
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.expected()).hasValue("exactly 8080/tcp");
    assertThat(verdict.actual()).hasValue("8080/tcp, 9090/tcp");
    assertThat(verdict.message()).contains("also exposes 9090/tcp");
  }

  @Test
  void atLeastAllowsMorePortsButNotFewer() throws Exception {
    var ctx = WEB.context();
    assertThat(
            ExposedPortsCheck.from(params("exposed-ports", "ports", "8080", "atLeast", true))
                .evaluate(ctx)
                .status())
        .isEqualTo(Status.PASS);
    Verdict verdict =
        ExposedPortsCheck.from(params("exposed-ports", "ports", "80/udp", "atLeast", true))
            .evaluate(ctx);
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).contains("missing 80/udp");
  }

  @Test
  void portsMustBePortNumbers() {
    assertThatThrownBy(() -> ExposedPortsCheck.from(params("exposed-ports", "ports", "http")))
        .hasMessageContaining("write a port like 8080 or 8080/tcp");
  }

  @Test
  void execFormPasses() throws Exception {
    var ctx = image().entrypoint("/app/server").cmd("--port", "8080").context();
    assertThat(new ExecFormCheck().evaluate(ctx).status()).isEqualTo(Status.PASS);
  }

  @Test
  void shellFormCmdFailsNamingItsLine() {
    String dockerfile =
        "FROM golang:1.22 AS build\nRUN go build\nFROM scratch\nCMD /app --port 80\n";
    var ctx = image().cmd("/bin/sh", "-c", "/app --port 80").context(dockerfile);
    Verdict verdict = new ExecFormCheck().evaluate(ctx);
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).startsWith("line 4: CMD is in shell form");
    assertThat(verdict.actual())
        .hasValue("ENTRYPOINT (none), CMD [\"/bin/sh\", \"-c\", \"/app --port 80\"]");
  }

  @Test
  void aShellWrittenAsAJsonArrayIsStillShellForm() {
    for (List<String> cmd :
        List.of(
            List.of("sh", "-c", "node server.js"),
            List.of("/bin/ash", "-ec", "node server.js"),
            List.of("bash", "-c", "node server.js"),
            List.of("/usr/bin/env", "sh", "-c", "node server.js"))) {
      var ctx = image().cmd(cmd.toArray(String[]::new)).context("FROM alpine\nCMD x\n");
      assertThat(new ExecFormCheck().evaluate(ctx).status())
          .as(cmd.toString())
          .isEqualTo(Status.FAIL);
    }
    var script = image().entrypoint("/docker-entrypoint.sh").cmd("nginx", "-g", "daemon off;");
    assertThat(new ExecFormCheck().evaluate(script.context()).status()).isEqualTo(Status.PASS);
    var shellItself = image().cmd("/bin/sh").context();
    assertThat(new ExecFormCheck().evaluate(shellItself).status()).isEqualTo(Status.PASS);
  }

  @Test
  void shellFormInheritedFromTheBaseIsSaidToBe() {
    var ctx = image().entrypoint("/bin/sh", "-c", "nginx").cmd().context("FROM nginx:alpine\n");
    Verdict verdict = new ExecFormCheck().evaluate(ctx);
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).startsWith("ENTRYPOINT comes from the base image");
  }

  @Test
  void envValueIsMatchedWhole() throws Exception {
    var ctx = WEB.context();
    assertThat(
            EnvCheck.from(params("env", "name", "PORT", "value", "80[0-9]+"))
                .evaluate(ctx)
                .status())
        .isEqualTo(Status.PASS);
    Verdict verdict = EnvCheck.from(params("env", "name", "PORT", "value", "80")).evaluate(ctx);
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.expected()).hasValue("PORT matching /80/");
    assertThat(verdict.actual()).hasValue("PORT=8080");
  }

  @Test
  void envMissingOrUnwanted() throws Exception {
    var ctx = WEB.context();
    Verdict missing = EnvCheck.from(params("env", "name", "NODE_ENV")).evaluate(ctx);
    assertThat(missing.status()).isEqualTo(Status.FAIL);
    assertThat(missing.actual()).hasValue("NODE_ENV not set");
    assertThat(
            EnvCheck.from(params("env", "name", "API_TOKEN", "absent", true))
                .evaluate(ctx)
                .status())
        .isEqualTo(Status.PASS);
    Verdict leaked = EnvCheck.from(params("env", "name", "GIN_MODE", "absent", true)).evaluate(ctx);
    assertThat(leaked.status()).isEqualTo(Status.FAIL);
    assertThat(leaked.actual()).hasValue("GIN_MODE=release");
    assertThatThrownBy(
            () -> EnvCheck.from(params("env", "name", "X", "value", "1", "absent", true)))
        .hasMessageContaining("cannot be given with 'absent: true'");
  }

  @Test
  void labelsMatchTheirPatterns() throws Exception {
    var ctx = WEB.context();
    assertThat(
            LabelsCheck.from(
                    params(
                        "labels",
                        "labels",
                        Map.of("org.opencontainers.image.source", "https://.+")))
                .evaluate(ctx)
                .status())
        .isEqualTo(Status.PASS);
    Verdict verdict =
        LabelsCheck.from(
                params("labels", "labels", Map.of("org.opencontainers.image.source", "git@.+")))
            .evaluate(ctx);
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual())
        .hasValue("org.opencontainers.image.source=https://example.org/app");
    Verdict missing =
        LabelsCheck.from(params("labels", "labels", Map.of("maintainer", ".+"))).evaluate(ctx);
    assertThat(missing.actual()).hasValue("maintainer not set");
  }

  @Test
  void workdirComparesNormalisedPaths() throws Exception {
    assertThat(
            WorkdirCheck.from(params("workdir", "path", "/app/")).evaluate(WEB.context()).status())
        .isEqualTo(Status.PASS);
    Verdict verdict =
        WorkdirCheck.from(params("workdir", "path", "/app")).evaluate(image().context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual()).hasValue("/ (no WORKDIR set)");
  }

  @Test
  void healthcheckPresentOrDeliberatelyAbsent() throws Exception {
    assertThat(HealthcheckCheck.from(params("healthcheck")).evaluate(WEB.context()).status())
        .isEqualTo(Status.PASS);
    Verdict none = HealthcheckCheck.from(params("healthcheck")).evaluate(image().context());
    assertThat(none.status()).isEqualTo(Status.FAIL);
    assertThat(none.actual()).hasValue("no HEALTHCHECK");
    var disabled = image().healthcheck("NONE").context();
    assertThat(
            HealthcheckCheck.from(params("healthcheck", "required", false))
                .evaluate(disabled)
                .status())
        .isEqualTo(Status.PASS);
    assertThat(
            HealthcheckCheck.from(params("healthcheck", "required", false))
                .evaluate(WEB.context())
                .actual())
        .hasValue("HEALTHCHECK CMD /app/healthz");
  }
}
