package dev.stagecraft.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.SecondDockerd;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The engine breaks during a REPL check (killed, frozen with SIGSTOP, restarted) on a second
 * dockerd of this test's own: the learner reads a plain "not graded" message, the REPL answers, the
 * check after the engine is back passes, and nothing of stagecraft's is left in the engine.
 */
class EngineFaultsIT {

  private static SecondDockerd engine;
  private static List<String> imagesBefore;

  @TempDir Path dir;

  enum Fault {
    KILL("went away"),
    FREEZE("stopped answering"),
    RESTART("went away");

    final String words;

    Fault(String words) {
      this.words = words;
    }
  }

  @BeforeAll
  static void startEngine() {
    engine = SecondDockerd.start("faults");
    engine.loadImages("alpine:3.20");
    imagesBefore = images();
  }

  @AfterAll
  static void stopEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void aCheckTheEngineBreaksIsNotGradedAndTheNextOnePasses(Fault fault) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getProperty("faults.only", fault.name()).equals(fault.name()));
    Path home = FaultCourse.write(dir.resolve("course"), fault.name().toLowerCase(), 8);
    Map<String, String> environment =
        Map.of(
            "DOCKER_HOST",
            engine.host(),
            "STAGECRAFT_ENGINE_TIMEOUT",
            "3",
            // The classic builder: its step images are what a broken-off build leaves behind.
            "STAGECRAFT_BUILDER",
            "classic",
            "STAGECRAFT_CACHE_DIR",
            System.getProperty("faults.cache", dir.resolve("cache").toString()));
    ProgressStore progress = new ProgressStore(dir.resolve("progress.json"));
    String interrupted;
    String passed;
    try (Workbench bench =
        Workbench.open(home, progress, () -> DockerEngine.connect(environment))) {
      try (ScriptedRepl repl = new ScriptedRepl(bench, dir.resolve("history"))) {
        repl.type("check 1");
        awaitBuildStepRunning();
        int mark = repl.screen().length();
        switch (fault) {
          case KILL -> engine.kill();
          case FREEZE -> engine.freeze();
          case RESTART -> engine.restart();
        }
        interrupted = repl.awaitScreen(mark, "stagecraft [01-faults]>", Duration.ofSeconds(90));
        switch (fault) {
          case KILL -> engine.restart();
          case FREEZE -> engine.thaw();
          case RESTART -> {}
        }
        mark = repl.screen().length();
        repl.type("check 1");
        passed = repl.awaitScreen(mark, "stagecraft [01-faults]>", Duration.ofSeconds(120));
      }
      assertThat(progress.load().progress().exercise(FaultCourse.EXERCISE).attempts())
          .as("the interrupted check is no attempt")
          .isEqualTo(1);
    }
    System.out.println("--- " + fault + ", as the learner sees it:\n" + interrupted);

    assertThat(interrupted.replaceAll("\\s+", " "))
        .contains("○ 01-faults: not graded: the Docker engine " + fault.words)
        .contains("during the build; your Dockerfile is not at fault.")
        .contains("What to do:")
        .contains("Details: ")
        .doesNotContain("Exception")
        .doesNotContain("✘");
    assertThat(passed).contains("✔ 01-faults: all 3 checks pass.");
    assertThat(engine.docker("ps", "-a", "-q")).as("containers left").isBlank();
    assertThat(images()).as("images left").isEqualTo(imagesBefore);
  }

  private static List<String> images() {
    return engine.docker("images", "-a", "-q", "--no-trunc").lines().sorted().toList();
  }

  /** Waits until the RUN step's container runs: the build is in its sleep. */
  private static void awaitBuildStepRunning() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (engine.docker("ps", "-q").isBlank()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the build's RUN step never started");
      }
      Thread.sleep(100);
    }
    Thread.sleep(1000);
  }
}
