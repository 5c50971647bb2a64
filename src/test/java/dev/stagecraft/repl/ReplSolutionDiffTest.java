package dev.stagecraft.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stagecraft.course.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code solution} after a pass: the learner's files against the reference, as a diff. */
class ReplSolutionDiffTest {

  @TempDir Path dir;

  private ReplHarness repl;

  @BeforeEach
  void passEverything() throws Exception {
    repl = ReplHarness.inCopy(dir);
    Progress progress = Progress.empty();
    for (String id : new String[] {"03-go-scratch", "11-small-images"}) {
      progress = progress.withCheck(id, true, OptionalLong.of(1), Instant.EPOCH);
    }
    repl.progress().save(progress);
  }

  @Test
  void theStarterAgainstTheReferenceIsAUnifiedDiff() throws Exception {
    String screen = repl.session("solution 03\nquit\n", 80);

    assertThat(screen)
        .doesNotContain("y/N")
        .contains("--- exercises/03-go-scratch/Dockerfile")
        .contains("+++ solutions/03-go-scratch/Dockerfile")
        .containsPattern("(?m)^@@ -1,7 \\+1,\\d+ @@$")
        .containsPattern("(?m)^-FROM golang:1.22\\r?$")
        .containsPattern("(?m)^\\+FROM scratch\\r?$")
        .containsPattern("(?m)^ WORKDIR /src\\r?$")
        .contains("The whole reference is in solutions/03-go-scratch/")
        .doesNotContain("\u001b");
  }

  @Test
  void aFileLikeTheReferenceIsSaidToBeTheSame() throws Exception {
    Files.copy(
        repl.home().resolve("solutions/03-go-scratch/Dockerfile"),
        repl.home().resolve("exercises/03-go-scratch/Dockerfile"),
        StandardCopyOption.REPLACE_EXISTING);

    String screen = ReplHarness.flat(repl.session("solution 03\nquit\n", 80));

    assertThat(screen)
        .contains("Your exercises/03-go-scratch/Dockerfile is the same as the reference")
        .doesNotContain("+++ ");
  }

  @Test
  void aReferenceDockerignoreTheLearnerLacksIsShownAsMissing() throws Exception {
    String screen = repl.session("solution 11\nquit\n", 80);

    assertThat(screen)
        .contains("--- exercises/11-small-images/.dockerignore (missing)")
        .contains("+++ solutions/11-small-images/.dockerignore")
        .containsPattern("(?m)^\\+\\.venv\\r?$");
  }

  @Test
  void onAColourTerminalRemovedLinesAreRedAndAddedGreen() throws Exception {
    assumeTrue(System.getenv("NO_COLOR") == null, "NO_COLOR is set: output is plain by design");

    String screen = repl.session("solution 03\nquit\n", "xterm", 80, 2000);

    assertThat(screen).contains("\u001b[31m-FROM golang:1.22").contains("\u001b[32m+FROM scratch");
  }
}
