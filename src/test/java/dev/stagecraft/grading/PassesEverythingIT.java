package dev.stagecraft.grading;

import static dev.stagecraft.grading.FixtureGrading.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.engine.EngineAvailable;
import dev.stagecraft.engine.EngineLeftovers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fixture passes-everything (a small busybox image that does all it should) graded on a real
 * engine: once with every new check, which all pass, and once with a container-structure-test
 * config whose tests pass or fail as CST would have them.
 */
@ExtendWith(EngineAvailable.class)
class PassesEverythingIT {

  @AfterAll
  static void nothingLeftBehind() throws Exception {
    assertThat(EngineLeftovers.containers()).isEmpty();
  }

  @Test
  void everyCheckPasses() throws Exception {
    Grade grade =
        FixtureGrading.grade(
            "passes-everything",
            List.of(
                spec(
                    "path-present",
                    "paths",
                    "/app/config.txt",
                    "kind",
                    "file",
                    "mode",
                    "0644",
                    "owner",
                    "65532:65532"),
                spec("path-absent", "paths", List.of("/usr/bin/gcc", "/bin/bash")),
                spec("file-content", "path", "/app/config.txt", "matches", "^greeting=hello$"),
                spec("no-source-files"),
                spec("no-setuid"),
                spec("no-secrets"),
                spec("non-root-user"),
                spec("exposed-ports", "ports", List.of("8080")),
                spec("exec-form"),
                spec("env", "name", "PORT", "value", "8080"),
                spec("labels", "labels", Map.of("org.opencontainers.image.source", "https://.+")),
                spec("workdir", "path", "/app"),
                spec("healthcheck"),
                spec("layer-count", "max", 2, "scope", "yours"),
                spec("added-size", "maxMB", 0.1),
                spec("package-count", "max", 0),
                spec(
                    "command",
                    "command",
                    List.of("/bin/busybox", "cat", "/app/config.txt"),
                    "expectedOutput",
                    "greeting=hello",
                    "excludedOutput",
                    "password")));
    List<String> notPassing =
        grade.results().stream()
            .filter(r -> r.status() != Status.PASS)
            .map(r -> r.id() + ": " + r.message())
            .toList();
    assertThat(notPassing).isEmpty();
    assertThat(grade.results()).hasSize(18);
    Map<String, CheckResult> byId = FixtureGrading.byId(grade);
    assertThat(byId.get("package-count").verdict().actual())
        .hasValue("0 packages (no package database)");
    assertThat(byId.get("command").verdict().actual())
        .hasValue("exit code 0, stdout \"greeting=hello ⏎ debug=true\", stderr (empty)");
  }

  @Test
  void structureTestResultsMatchContainerStructureTestSemantics() throws Exception {
    Grade grade =
        FixtureGrading.grade(
            "passes-everything", List.of(spec("structure-test", "file", "cst.yaml")));
    Map<String, Status> byTitle = new LinkedHashMap<>();
    grade.results().stream()
        .filter(r -> !r.id().equals("build"))
        .forEach(r -> byTitle.put(r.title(), r.status()));
    assertThat(byTitle)
        .containsExactly(
            Map.entry("config is owned by the app user and readable by all", Status.PASS),
            Map.entry("busybox is executable by anyone", Status.PASS),
            Map.entry("no gcc", Status.PASS),
            Map.entry("has bash (fails on purpose)", Status.FAIL),
            Map.entry("greeting is configured", Status.PASS),
            Map.entry("debug is off (fails on purpose)", Status.FAIL),
            Map.entry("echo through busybox", Status.PASS),
            Map.entry("false succeeds (fails on purpose)", Status.FAIL),
            Map.entry("ls of a missing path fails with a message", Status.PASS),
            Map.entry("Metadata test", Status.PASS));
    CheckResult bash =
        grade.results().stream()
            .filter(r -> r.title().startsWith("has bash"))
            .findFirst()
            .orElseThrow();
    assertThat(bash.verdict().expected()).hasValue("present: /bin/bash");
    assertThat(bash.verdict().actual()).hasValue("/bin/bash is missing");
  }
}
