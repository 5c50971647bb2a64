package dev.stagecraft.grading;

import static dev.stagecraft.grading.FixtureGrading.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.engine.EngineAvailable;
import dev.stagecraft.engine.EngineLeftovers;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * text-absent on the real engine: the classic builder's own layers, whiteouts and history, read
 * from one streamed save.
 */
@ExtendWith(EngineAvailable.class)
class TextAbsentIT {

  private static final String TOKEN = "tok-fixture-4242";

  @AfterAll
  static void nothingLeftBehind() throws Exception {
    assertThat(EngineLeftovers.containers()).isEmpty();
  }

  @Test
  void aDeletedFileAndABuildArgumentInTheHistoryAreBothFound() throws Exception {
    Grade grade =
        FixtureGrading.grade(
            "leaks-token-in-layers",
            List.of(spec("text-absent", "texts", List.of(TOKEN)), spec("no-secrets")));

    CheckResult result = FixtureGrading.byId(grade).get("text-absent");
    assertThat(result.status()).as(result.message()).isEqualTo(Status.FAIL);
    String actual = result.verdict().actual().orElseThrow();
    assertThat(actual)
        .startsWith("3 places: ")
        .contains("/tmp/token.txt (deleted by a later step) holds 'tok-…'")
        .containsPattern("history step \\d+: ARG TOKEN='tok-…' holds")
        // BuildKit writes "RUN |1 TOKEN=..." in the history, the classic builder "|1 TOKEN=...".
        .containsPattern("history step \\d+: (?:RUN )?\\|1 TOKEN='tok-…' /bin/sh -c test -n")
        .doesNotContain(TOKEN);
    // The final filesystem holds no secret file, which is why a name-based check is not enough.
    assertThat(FixtureGrading.byId(grade).get("no-secrets").status()).isEqualTo(Status.PASS);
  }

  @Test
  void aTokenUsedOnlyInABuildStagePasses() throws Exception {
    Grade grade =
        FixtureGrading.grade(
            "token-stays-in-build-stage", List.of(spec("text-absent", "texts", List.of(TOKEN))));

    CheckResult result = FixtureGrading.byId(grade).get("text-absent");
    assertThat(result.status()).as(result.message()).isEqualTo(Status.PASS);
  }
}
