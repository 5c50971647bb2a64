package dev.stagecraft.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.engine.EngineAvailable;
import dev.stagecraft.report.SubmissionResult;
import dev.stagecraft.report.SubmissionStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping a batch (what Ctrl-C does): the build under way is broken off in the engine, the
 * submissions not yet graded are reported as stopped, and the batch returns at once.
 */
@ExtendWith(EngineAvailable.class)
class ClassGraderIT {

  private static final String EXERCISE = "02-name-your-stages";

  @TempDir Path work;

  @Test
  void cancellingStopsTheBuildUnderWayAndReportsEveryoneElse() throws Exception {
    Path home = Path.of(System.getProperty("stagecraft.home", ".")).toAbsolutePath();
    String solution = Files.readString(home.resolve("solutions/" + EXERCISE + "/Dockerfile"));
    String marker = "sleep 601";
    Path sleepy =
        folder(
            "sleepy", solution.replace("WORKDIR /build\n", "WORKDIR /build\nRUN " + marker + "\n"));
    Path ada = folder("ada", solution);
    GradeSettings settings =
        new GradeSettings(
            List.of(EXERCISE),
            List.of(EngineTarget.current(System.getenv())),
            1,
            Duration.ofMinutes(10),
            work.resolve("cache"),
            true,
            "test");
    ClassGrader[] grader = new ClassGrader[1];
    grader[0] =
        new ClassGrader(
            home,
            settings,
            event -> {
              if (event instanceof ClassEvent.Started started
                  && started.learner().equals("sleepy")) {
                CompletableFuture.delayedExecutor(8, TimeUnit.SECONDS)
                    .execute(() -> grader[0].cancel());
              }
            });
    long start = System.nanoTime();
    BatchOutcome outcome =
        grader[0].grade(
            List.of(
                new SubmissionSource.Folder("sleepy", sleepy),
                new SubmissionSource.Folder("ada", ada)));
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(outcome.cancelled()).isTrue();
    assertThat(seconds).as("the batch stops at once, not after the sleep").isLessThan(60);
    assertThat(outcome.results())
        .extracting(SubmissionResult::learner, SubmissionResult::status, SubmissionResult::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "sleepy", SubmissionStatus.BROKEN, GradeWorker.STOPPED),
            org.assertj.core.groups.Tuple.tuple(
                "ada", SubmissionStatus.BROKEN, "stopped before it was graded (Ctrl-C)"));
    Thread.sleep(2000);
    assertThat(containers()).doesNotContain(marker);
  }

  private Path folder(String learner, String dockerfile) throws Exception {
    Path folder = Files.createDirectories(work.resolve(learner));
    Files.writeString(folder.resolve("Dockerfile"), dockerfile);
    return folder;
  }

  private static String containers() throws Exception {
    Process ps =
        new ProcessBuilder("/usr/bin/docker", "ps", "--no-trunc", "--format", "{{.Command}}")
            .redirectErrorStream(true)
            .start();
    String output = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    ps.waitFor();
    return output;
  }
}
