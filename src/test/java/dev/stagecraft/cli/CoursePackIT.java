package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagecraft.engine.EngineAvailable;
import dev.stagecraft.engine.EngineLeftovers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A course pack end to end on a real engine, chosen with --course: list, lesson, a failing and a
 * passing check, validate (also offline), and progress kept inside the pack.
 */
@ExtendWith(EngineAvailable.class)
class CoursePackIT {

  private static final String EXERCISE = "01-hello-pack";

  @TempDir Path temp;

  private static JsonNode json(CommandRun run) throws Exception {
    return new ObjectMapper().readTree(run.out());
  }

  private static CommandRun inPack(Path pack, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--course";
    all[1] = pack.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CommandRun.stagecraft(all);
  }

  @Test
  void aPackIsListedReadGradedAndValidated() throws Exception {
    Path pack = Packs.copy("tiny", temp.resolve("tiny"));

    CommandRun list = inPack(pack, "list", "--json");
    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(json(list).get("exercises").get(0).get("id").asText()).isEqualTo(EXERCISE);

    CommandRun lesson = inPack(pack, "lesson", "1");
    assertThat(lesson.out()).contains("A pack of one lesson");

    CommandRun starter = inPack(pack, "check", "1", "--json");
    assertThat(starter.exitCode()).as(starter.err()).isEqualTo(ExitCode.FAILED);
    JsonNode failed = json(starter);
    assertThat(failed.get("exercise").asText()).isEqualTo(EXERCISE);
    assertThat(failed.get("checks").findValuesAsText("status")).contains("fail");
    // The learner's own file was graded: the attempt is kept in the pack, nowhere else.
    assertThat(Files.readString(pack.resolve(".stagecraft/progress.json"))).contains(EXERCISE);

    Path solution = pack.resolve("solutions/" + EXERCISE + "/Dockerfile");
    CommandRun passing =
        inPack(pack, "check", EXERCISE, "--dockerfile", solution.toString(), "--json");
    assertThat(passing.exitCode()).as(passing.out() + passing.err()).isEqualTo(ExitCode.OK);
    assertThat(json(passing).get("passed").asBoolean()).isTrue();

    CommandRun validate = inPack(pack, "validate", "--offline", "--json");
    assertThat(validate.exitCode()).as(validate.out() + validate.err()).isEqualTo(ExitCode.OK);
    JsonNode entry = json(validate).get("exercises").get(0);
    assertThat(entry.get("id").asText()).isEqualTo(EXERCISE);
    assertThat(entry.get("starterFails").asBoolean()).isTrue();
    assertThat(entry.get("solutionPasses").asBoolean()).isTrue();
    assertThat(EngineLeftovers.containers()).isEmpty();
  }

  @Test
  void validateOfAPackWhoseCheckNamesAFileOutsideItIsRefusedBeforeAnyBuild() throws Exception {
    Path pack = Packs.copy("tiny", temp.resolve("tiny"));
    Path yaml = pack.resolve("exercises/" + EXERCISE + "/exercise.yaml");
    Files.writeString(
        yaml, Files.readString(yaml) + "  - type: structure-test\n    file: /etc/passwd\n");

    CommandRun validate = inPack(pack, "validate");

    assertThat(validate.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(validate.err())
        .contains("exercises/" + EXERCISE + "/exercise.yaml:13")
        .contains("'file' names '/etc/passwd', an absolute path");
  }
}
