package dev.stagecraft.grading;

import static dev.stagecraft.grading.FixtureGrading.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.course.CheckSpec;
import dev.stagecraft.engine.EngineAvailable;
import dev.stagecraft.facts.ImageLab;
import dev.stagecraft.lint.Linter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fixture rebuilds-after-a-change, graded on the real engine: cache-after-source-change passes
 * the file that copies deps.txt and installs it before src/, fails the one that copies everything
 * first and the one with no install at all; target-build with a change fails a test stage that
 * swallows a broken test and passes one that runs it. The learner's folder is left as it was.
 */
@ExtendWith(EngineAvailable.class)
class CacheAfterSourceChangeIT {

  private static final Path DIR = FixtureGrading.fixture("rebuilds-after-a-change");

  private static final CheckSpec CACHE =
      spec("cache-after-source-change", "touch", "src/app.sh", "step", "deps\\.txt");

  private static final CheckSpec BROKEN_TEST_FAILS =
      spec(
          "target-build",
          "target",
          "test",
          "expect",
          "failure",
          "change",
          Map.of("file", "test.sh", "append", "exit 1\n"));

  private static CheckResult grade(String dockerfile, CheckSpec check) throws Exception {
    Linter linter = Linter.withAllRules();
    Grader grader =
        new Grader(
            CheckRegistry.standard(linter),
            linter,
            new LabAccess.Available(new ImageLab(EngineAvailable.engine())));
    Grade grade =
        grader.grade(
            GradingRequest.of(dockerfile, DIR.resolve(dockerfile), DIR, List.of(check)),
            event -> {});
    Map<String, CheckResult> byId = FixtureGrading.byId(grade);
    assertThat(byId.get("build").status()).as(byId.get("build").message()).isEqualTo(Status.PASS);
    return byId.get(check.type());
  }

  @Test
  void theDependencyListBeforeTheSourcesKeepsTheInstallCached() throws Exception {
    CheckResult result = grade("deps-first.Dockerfile", CACHE);
    assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
    assertThat(result.message()).contains("line 5 (RUN sort deps.txt", "resumed at line 6");
  }

  @Test
  void oneStageWithTheDependencyListFirstPassesToo() throws Exception {
    // The final image's own parents hold this cache; building it must not remove them.
    CheckResult result = grade("deps-first-one-stage.Dockerfile", CACHE);
    assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
  }

  @Test
  void copyingEverythingFirstInstallsAgain() throws Exception {
    CheckResult result = grade("sources-first.Dockerfile", CACHE);
    assertThat(result.status()).as(result.message()).isEqualTo(Status.FAIL);
    assertThat(result.message()).contains("line 5 (RUN sort deps.txt", "line 4 (COPY . .)");
  }

  @Test
  void noInstallStepIsNoPass() throws Exception {
    CheckResult result = grade("no-install.Dockerfile", CACHE);
    assertThat(result.status()).as(result.message()).isEqualTo(Status.FAIL);
  }

  @Test
  void aTestStageThatRunsTheTestsFailsOnABrokenTest() throws Exception {
    CheckResult result = grade("deps-first.Dockerfile", BROKEN_TEST_FAILS);
    assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
    assertThat(result.verdict().actual())
        .hasValueSatisfying(a -> assertThat(a).contains("line 10"));
  }

  @Test
  void aTestStageThatSwallowsFailuresBuildsAnywayAndFails() throws Exception {
    CheckResult result = grade("tests-ignored.Dockerfile", BROKEN_TEST_FAILS);
    assertThat(result.status()).as(result.message()).isEqualTo(Status.FAIL);
  }

  @Test
  void theFixtureItselfIsNotChanged() throws Exception {
    grade("sources-first.Dockerfile", CACHE);
    assertThat(Files.readString(DIR.resolve("src/app.sh")))
        .isEqualTo("#!/bin/sh\necho \"hello from the app\"\n");
    try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      assertThat(temp.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.startsWith("stagecraft-changed-context-"));
    }
  }
}
