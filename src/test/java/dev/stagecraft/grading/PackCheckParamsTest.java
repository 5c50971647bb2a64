package dev.stagecraft.grading;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagecraft.course.CheckSpec;
import dev.stagecraft.lint.Linter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Check parameters that name files of a course pack stay inside the exercise folder. */
class PackCheckParamsTest {

  @TempDir Path temp;

  private final CheckRegistry registry = CheckRegistry.standard(Linter.withAllRules());

  private static CheckSpec structureTest(String file) {
    return new CheckSpec(
        "structure-test",
        Map.of("file", file),
        Optional.empty(),
        "exercises/01-x/exercise.yaml",
        7);
  }

  @Test
  void anAbsolutePathIsRefusedWithTheFileLineAndKey() throws Exception {
    Path exercise = Files.createDirectories(temp.resolve("exercises/01-x"));

    assertThatThrownBy(() -> registry.plan(List.of(structureTest("/etc/passwd")), exercise))
        .isInstanceOf(CheckSpecException.class)
        .hasMessageStartingWith("exercises/01-x/exercise.yaml:7: check 'structure-test': 'file'")
        .hasMessageContaining("names '/etc/passwd', an absolute path")
        .hasMessageContaining("relative to the exercise folder");
  }

  @Test
  void aLinkInTheExerciseFolderLeadingOutIsRefused() throws Exception {
    Path exercise = Files.createDirectories(temp.resolve("exercises/01-x"));
    Path theirs = Files.writeString(temp.resolve("cst.yaml"), "schemaVersion: \"2.0.0\"\n");
    Files.createSymbolicLink(exercise.resolve("cst.yaml"), theirs);

    assertThatThrownBy(() -> registry.plan(List.of(structureTest("cst.yaml")), exercise))
        .isInstanceOf(CheckSpecException.class)
        .hasMessageContaining("exercise.yaml:7")
        .hasMessageContaining("'file' names 'cst.yaml', which is a symbolic link")
        .hasMessageContaining(theirs.toRealPath().toString());
  }
}
