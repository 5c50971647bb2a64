package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grade}'s input errors and its answer when no engine can be reached; no engine needed. */
class GradeCommandTest {

  private static final String EXERCISE = "02-name-your-stages";
  private static final String NO_ENGINE = "unix:///nonexistent/stagecraft-grade-test.sock";

  @TempDir Path dir;

  @Test
  void aSubmissionThatIsNotThereIsBadInput() {
    CommandRun run =
        CommandRun.stagecraft("grade", dir.resolve("nobody").toString(), "--exercise", EXERCISE);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("No submission at").contains("nobody");
  }

  @Test
  void twoLearnersOfOneNameAreBadInput() throws Exception {
    Path first = Files.createDirectories(dir.resolve("a/alice"));
    Path second = Files.createDirectories(dir.resolve("b/alice"));
    CommandRun run =
        CommandRun.stagecraft("grade", first.toString(), second.toString(), "--exercise", EXERCISE);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("both named 'alice'");
  }

  @Test
  void aBadTimeoutOrJobsOrExerciseIsBadInput() throws Exception {
    Path alice = Files.createDirectories(dir.resolve("alice"));
    CommandRun timeout =
        CommandRun.stagecraft(
            "grade", alice.toString(), "--exercise", EXERCISE, "--timeout", "soon");
    assertThat(timeout.exitCode()).isEqualTo(2);
    assertThat(timeout.err()).contains("'soon' is not a duration");
    CommandRun jobs =
        CommandRun.stagecraft("grade", alice.toString(), "--exercise", EXERCISE, "--jobs", "0");
    assertThat(jobs.exitCode()).isEqualTo(2);
    assertThat(jobs.err()).contains("--jobs must be at least 1");
    CommandRun exercise =
        CommandRun.stagecraft(
            "grade", alice.toString(), "--exercise", "nope", "--engine", NO_ENGINE);
    assertThat(exercise.exitCode()).isEqualTo(2);
    assertThat(exercise.err()).contains("No exercise 'nope'").contains("stagecraft list");
  }

  @Test
  void withoutAnEngineEverySubmissionIsReportedAndTheExitCodeIsThree() throws Exception {
    Path alice = Files.createDirectories(dir.resolve("alice"));
    Files.writeString(alice.resolve("Dockerfile"), "FROM python:3.11-slim\n");
    Path dennis = Files.createDirectories(dir.resolve("\u001b]0;PWNED\u0007dennis"));
    Path csv = dir.resolve("out.csv");
    CommandRun run =
        CommandRun.stagecraft(
            "grade",
            alice.toString(),
            dennis.toString(),
            "--exercise",
            EXERCISE,
            "--engine",
            NO_ENGINE,
            "--results-cache",
            dir.resolve("cache").toString(),
            "--csv",
            csv.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(run.err()).contains("No Docker engine could grade the class");
    assertThat(run.out() + run.err()).doesNotContain("\u001b").contains("\\e]0;PWNED\\x07dennis");
    assertThat(run.out()).contains("no engine was left to grade it").contains("no Dockerfile");
    assertThat(Files.readString(csv))
        .contains("alice,02-name-your-stages,broken")
        .contains("dennis,02-name-your-stages,broken");
  }
}
