package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagecraft.engine.EngineAvailable;
import dev.stagecraft.engine.EngineLeftovers;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scaffolded exercise validates on the engine as it stands: the starter fails, the solution
 * passes.
 */
@ExtendWith(EngineAvailable.class)
class NewExerciseIT {

  @TempDir Path temp;

  @Test
  void aNewExerciseValidatesOfflineAndASecondOfTheSameNameIsRefused() throws Exception {
    Path pack = Packs.copy("tiny", temp.resolve("tiny"));
    String course = pack.toString();

    CommandRun created =
        CommandRun.stagecraft("--course", course, "new", "exercise", "greeter", "--lesson", "1");
    assertThat(created.exitCode()).as(created.err()).isEqualTo(ExitCode.OK);
    assertThat(created.out())
        .contains("Created 02-greeter")
        .contains("solutions/02-greeter/Dockerfile")
        .contains("Add 02-greeter to 'exercises:' in lessons/01-hello-pack.md.")
        .contains("./stagecraft validate 02-greeter --offline");

    CommandRun again = CommandRun.stagecraft("--course", course, "new", "exercise", "greeter");
    assertThat(again.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(again.err()).contains("already holds an exercise named 'greeter'");

    CommandRun validate =
        CommandRun.stagecraft("--course", course, "validate", "02-greeter", "--offline", "--json");
    assertThat(validate.exitCode()).as(validate.out() + validate.err()).isEqualTo(ExitCode.OK);
    JsonNode entry = new ObjectMapper().readTree(validate.out()).get("exercises").get(0);
    assertThat(entry.get("starterFails").asBoolean()).isTrue();
    assertThat(entry.get("starterFailedChecks").toString())
        .contains("stage-count")
        .contains("non-root-user");
    assertThat(entry.get("solutionPasses").asBoolean()).as(entry.toString()).isTrue();
    assertThat(EngineLeftovers.containers()).isEmpty();
  }
}
