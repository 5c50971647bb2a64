package dev.stagecraft.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.app.EngineConnector;
import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.Drill;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.engine.EngineAvailable;
import dev.stagecraft.grading.CheckResult;
import dev.stagecraft.grading.Status;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every drill of the course is a fair one on a real engine: its broken file fails the exercise's
 * checks, and a small fix (src/test/resources/drill-fixes) passes all of them. Guards the drills
 * against changes to the exercises they borrow.
 */
@ExtendWith(EngineAvailable.class)
class EveryDrillIT {

  private static final Path HOME =
      Path.of(System.getProperty("stagecraft.home", ".")).toAbsolutePath().normalize();

  @TempDir static Path state;

  private static Workbench bench;

  @BeforeAll
  static void open() throws Exception {
    bench =
        Workbench.open(
            HOME,
            new ProgressStore(state.resolve("progress.json")),
            EngineConnector.fromEnvironment());
  }

  @AfterAll
  static void close() {
    if (bench != null) {
      bench.close();
    }
  }

  static Stream<String> drills() throws Exception {
    try (Workbench course =
        Workbench.open(
            HOME,
            new ProgressStore(Files.createTempFile("drills", ".json")),
            EngineConnector.fromEnvironment())) {
      return new Drills(course, Clock.systemUTC())
          .book().drills().stream().map(Drill::id).toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("drills")
  void theBrokenFileFailsAndTheFixPassesTheExercisesChecks(String id) throws Exception {
    Drills drills = new Drills(bench, Clock.systemUTC());
    Drill drill = drills.book().drill(id).orElseThrow();
    DrillRun run = drills.start(drill);

    DrillOutcome broken = drills.grade(run, event -> {});
    assertThat(broken).isInstanceOf(DrillOutcome.Scored.class);
    DrillResult before = ((DrillOutcome.Scored) broken).result();
    assertThat(before.fixed()).as(id + " broken: " + failing(before)).isFalse();
    assertThat(before.grade().results())
        .as("graded by the checks of " + drill.exerciseId())
        .hasSize(run.exercise().checks().size() + 1);

    try (InputStream fix = getClass().getResourceAsStream("/drill-fixes/" + id + ".Dockerfile")) {
      assertThat(fix).as("a fix for " + id + " in src/test/resources/drill-fixes").isNotNull();
      Files.write(run.workingFile(), fix.readAllBytes());
    }
    DrillResult after = ((DrillOutcome.Scored) drills.grade(run, event -> {})).result();
    assertThat(after.fixed()).as(id + " fixed: " + failing(after)).isTrue();
    assertThat(after.score()).isGreaterThanOrEqualTo(DrillScore.CHECK_POINTS);
    assertThat(after.best().attempts()).isEqualTo(2);
  }

  private static List<String> failing(DrillResult result) {
    return result.grade().results().stream()
        .filter(r -> r.status() != Status.PASS)
        .map(CheckResult::id)
        .toList();
  }
}
