package dev.stagecraft.grading.checks.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagecraft.course.CheckSpec;
import dev.stagecraft.facts.RunOutcome;
import dev.stagecraft.facts.RunSpec;
import dev.stagecraft.grading.CheckCategory;
import dev.stagecraft.grading.CheckRegistry;
import dev.stagecraft.grading.ImageFactsFixture;
import dev.stagecraft.grading.PlannedCheck;
import dev.stagecraft.grading.Status;
import dev.stagecraft.grading.Verdict;
import dev.stagecraft.lint.Linter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructureTestTest {

  private static final String CONFIG =
      """
      schemaVersion: "2.0.0"
      globalEnvVars:
        - key: GREETING
          value: hello
      fileExistenceTests:
        - name: server binary
          path: /app/server
          permissions: "-rwxr-x---"
          uid: 65532
          isExecutableBy: owner
        - name: no shell
          path: /bin/sh
          shouldExist: false
        - name: passwd without setuid
          path: /usr/bin/passwd
          permissions: "-rwxr-xr-x"
      fileContentTests:
        - name: config listens on 8080
          path: /etc/app.conf
          expectedContents: ["listen 8080"]
          excludedContents: ["debug"]
      commandTests:
        - name: version
          command: /app/server
          args: ["--version"]
          expectedOutput: ["v1\\\\."]
      metadataTest:
        env:
          - key: PORT
            value: "8080"
        labels:
          - key: org.opencontainers.image.source
            value: "^https://"
            isRegex: true
        exposedPorts: ["8080"]
        unexposedPorts: ["22"]
        entrypoint: ["/app/server"]
        cmd: []
        workdir: /app
        user: "65532"
      """;

  private static final RunSpec VERSION_RUN =
      new RunSpec(
          Optional.of(List.of("/app/server")),
          Optional.of(List.of("--version")),
          List.of("GREETING=hello"),
          false,
          Duration.ofSeconds(60));

  @TempDir Path exercise;

  private List<PlannedCheck> plan(String config) throws Exception {
    Files.writeString(exercise.resolve("cst.yaml"), config);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("file", "cst.yaml");
    CheckSpec spec =
        new CheckSpec(
            "structure-test", params, Optional.of("see the CST file"), "exercise.yaml", 12);
    return CheckRegistry.standard(Linter.withAllRules()).plan(List.of(spec), exercise);
  }

  private static ImageFactsFixture image() {
    return dev.stagecraft.grading.ImageFactsFixture.image()
        .dir("/app")
        .owned("/app/server", 0750, 65532, 65532)
        .dir("/etc")
        .file("/etc/app.conf", 0644, 20)
        .captured("/etc/app.conf", "listen 8080\nlog info\n")
        .dir("/usr")
        .dir("/usr/bin")
        .file("/usr/bin/passwd", 04755, 100)
        .env("PORT=8080")
        .label("org.opencontainers.image.source", "https://example.org/app")
        .expose("8080/tcp")
        .entrypoint("/app/server")
        .cmd()
        .workdir("/app")
        .user("65532")
        .run(
            VERSION_RUN,
            new RunOutcome.Finished(0, "server v1.4\n", "", false, Duration.ofMillis(5)));
  }

  @Test
  void eachTestBecomesOneCheckNamedByTheTest() throws Exception {
    List<PlannedCheck> plan = plan(CONFIG);
    assertThat(plan)
        .extracting(p -> p.check().title())
        .containsExactly(
            "server binary",
            "no shell",
            "passwd without setuid",
            "config listens on 8080",
            "version",
            "Metadata test");
    assertThat(plan).allSatisfy(p -> assertThat(p.hint()).hasValue("see the CST file"));
    assertThat(plan).allSatisfy(p -> assertThat(p.check().type()).isEqualTo("structure-test"));
    assertThat(plan.get(3).check().filesNeeded()).containsExactly("/etc/app.conf");
    assertThat(plan.get(4).check().category()).isEqualTo(CheckCategory.RUNTIME);
    assertThat(plan.get(4).check().runsNeeded()).containsExactly(VERSION_RUN);
  }

  @Test
  void outcomesFollowContainerStructureTestSemantics() throws Exception {
    List<PlannedCheck> plan = plan(CONFIG);
    var context = image().context();
    List<Status> statuses = plan.stream().map(p -> p.check().evaluate(context).status()).toList();
    assertThat(statuses)
        .containsExactly(
            Status.PASS, Status.PASS, Status.FAIL, Status.PASS, Status.PASS, Status.PASS);
    Verdict setuid = plan.get(2).check().evaluate(context);
    assertThat(setuid.expected()).hasValue("present: /usr/bin/passwd (permissions -rwxr-xr-x)");
    assertThat(setuid.actual()).hasValue("/usr/bin/passwd has permissions urwxr-xr-x");
  }

  @Test
  void metadataFailuresSayWhatEachPartExpected() throws Exception {
    List<PlannedCheck> plan = plan(CONFIG);
    var context =
        image()
            .user("")
            .expose("22/tcp")
            .env("PORT=80")
            .label("org.opencontainers.image.source", "git@example.org:app")
            .context();
    Verdict verdict = plan.get(5).check().evaluate(context);
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.expected().orElseThrow())
        .contains("PORT matching /\\Q8080\\E/")
        .contains("not 22/tcp")
        .contains("USER 65532");
    assertThat(verdict.actual().orElseThrow())
        .contains("PORT=80")
        .contains("git@example.org:app")
        .contains("USER ");
  }

  @Test
  void aFailingCommandFailsItsTest() throws Exception {
    List<PlannedCheck> plan = plan(CONFIG);
    var context =
        image()
            .run(
                VERSION_RUN,
                new RunOutcome.Finished(1, "", "unknown flag\n", false, Duration.ofMillis(5)))
            .context();
    Verdict verdict = plan.get(4).check().evaluate(context);
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).contains("exit code 1 instead of 0").contains("lacks /v1\\./");
  }

  @Test
  void unsupportedOrBrokenConfigsAreRefusedWithWhere() {
    assertThatThrownBy(() -> plan("schemaVersion: \"1.0.0\"\ncommandTests: []\n"))
        .hasMessageContaining("exercise.yaml:12")
        .hasMessageContaining("schemaVersion \"2.0.0\"");
    assertThatThrownBy(
            () ->
                plan(
                    "schemaVersion: \"2.0.0\"\ncommandTests:\n  - name: x\n    command: ls\n"
                        + "    setup: [[\"touch\", \"/x\"]]\n"))
        .hasMessageContaining("commandTests[0] (x) uses setup/teardown");
    assertThatThrownBy(() -> plan("schemaVersion: \"2.0.0\"\nlicenseTests: []\n"))
        .hasMessageContaining("'file' names cst.yaml, where licenseTests is not supported");
    assertThatThrownBy(
            () -> plan("schemaVersion: \"2.0.0\"\nfileExistenceTests:\n  - name: x\n    pth: /a\n"))
        .hasMessageContaining("fileExistenceTests[0] has 'pth'");
    assertThatThrownBy(() -> plan("schemaVersion: \"2.0.0\"\n"))
        .hasMessageContaining("holds no tests");
    assertThatThrownBy(() -> plan("schemaVersion: [\n")).hasMessageContaining("not valid YAML");
  }

  @Test
  void theFileMustBeInsideTheExerciseFolder() {
    CheckSpec outside =
        new CheckSpec(
            "structure-test", Map.of("file", "../cst.yaml"), Optional.empty(), "exercise.yaml", 3);
    CheckSpec missing =
        new CheckSpec(
            "structure-test", Map.of("file", "none.yaml"), Optional.empty(), "exercise.yaml", 3);
    CheckRegistry registry = CheckRegistry.standard(Linter.withAllRules());
    assertThatThrownBy(() -> registry.plan(List.of(outside), exercise))
        .hasMessageContaining("outside the exercise folder");
    assertThatThrownBy(() -> registry.plan(List.of(missing), exercise))
        .hasMessageContaining("no such file");
  }
}
