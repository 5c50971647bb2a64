package dev.stagecraft.grading;

import static dev.stagecraft.grading.FixtureGrading.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.course.CheckSpec;
import dev.stagecraft.engine.EngineAvailable;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The static habit checks, graded through the real pipeline on fixtures a real engine builds. */
@ExtendWith(EngineAvailable.class)
class DockerfileHabitsIT {

  private static final List<CheckSpec> HABITS =
      List.of(
          spec("stage-count", "min", 2),
          spec("named-stages"),
          spec("copy-from"),
          spec("final-base"),
          spec("lint", "rules", List.of("shell-form-cmd", "copy-from-index")));

  private static Status status(Grade grade, String id) {
    return grade.results().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow()
        .status();
  }

  @Test
  void habitsAllWrongFailEveryHabitCheck() throws Exception {
    Grade grade = FixtureGrading.grade("habits-all-wrong", HABITS);
    assertThat(status(grade, "stage-count")).isEqualTo(Status.PASS);
    assertThat(status(grade, "named-stages")).isEqualTo(Status.FAIL);
    assertThat(status(grade, "copy-from")).isEqualTo(Status.PASS);
    assertThat(status(grade, "final-base")).isEqualTo(Status.FAIL);
    assertThat(status(grade, "lint")).isEqualTo(Status.FAIL);
    CheckResult named =
        grade.results().stream()
            .filter(r -> r.id().equals("named-stages"))
            .findFirst()
            .orElseThrow();
    assertThat(named.verdict().actual())
        .hasValueSatisfying(a -> assertThat(a).contains("line 3 has no name").contains("--from=0"));
  }

  @Test
  void habitsAllRightPassEveryHabitCheck() throws Exception {
    Grade grade = FixtureGrading.grade("habits-all-right", HABITS);
    assertThat(grade.results()).allMatch(r -> r.status() == Status.PASS, "every check passes");
  }
}
