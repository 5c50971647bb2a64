package dev.stagecraft.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.grading.CheckCategory;
import dev.stagecraft.grading.CheckResult;
import dev.stagecraft.grading.Grade;
import dev.stagecraft.grading.Timings;
import dev.stagecraft.grading.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which failed builds say something about the learner's Dockerfile, and which about the engine. */
class EngineTroubleTest {

  @Test
  void aDiskThatFilledUpIsTheEnginesTroubleNotTheLearnersFailure() {
    Grade full =
        grade(
            Verdict.fail(
                "Step 4/9 failed: write /var/lib/docker/overlay2/x: no space left on device",
                "a build",
                "exit 1"));
    assertThat(GradeWorker.engineTrouble(full))
        .hasValueSatisfying(reason -> assertThat(reason).contains("ran out of disk space"));
  }

  @Test
  void anEngineErrorOnTheBuildIsTooButAFailingRunIsTheLearners() {
    assertThat(GradeWorker.engineTrouble(grade(Verdict.error("The Docker engine failed: 500"))))
        .hasValue("The Docker engine failed: 500");
    assertThat(
            GradeWorker.engineTrouble(
                grade(Verdict.fail("RUN exit 3 returned a non-zero code: 3", "a build", "3"))))
        .isEmpty();
    assertThat(GradeWorker.engineTrouble(grade(Verdict.pass("built")))).isEmpty();
  }

  private static Grade grade(Verdict build) {
    CheckResult result =
        new CheckResult(
            Grade.BUILD_ID,
            Grade.BUILD_TITLE,
            CheckCategory.IMAGE,
            build,
            Optional.empty(),
            Duration.ZERO);
    Duration zero = Duration.ZERO;
    return new Grade(
        "02-name-your-stages",
        Path.of("Dockerfile"),
        List.of(result),
        Optional.empty(),
        true,
        new Timings(zero, zero, zero, zero, zero),
        Map.of());
  }
}
