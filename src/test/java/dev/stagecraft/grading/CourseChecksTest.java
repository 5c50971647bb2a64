package dev.stagecraft.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.course.Course;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.lint.Linter;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every check the shipped course names can be made, so no learner meets a bad exercise.yaml. */
class CourseChecksTest {

  static Stream<Exercise> exercises() throws Exception {
    Path home = Path.of(System.getProperty("stagecraft.home", ".")).toAbsolutePath();
    return Course.load(home).exercises().stream();
  }

  @ParameterizedTest
  @MethodSource("exercises")
  void everyCheckOfTheExerciseIsKnownAndValid(Exercise exercise) throws Exception {
    var registry = CheckRegistry.standard(Linter.withAllRules());
    assertThat(registry.plan(exercise.checks(), exercise.directory()))
        .hasSizeGreaterThanOrEqualTo(exercise.checks().size());
  }
}
