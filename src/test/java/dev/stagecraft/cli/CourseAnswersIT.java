package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagecraft.engine.EngineAvailable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Learners' answers to the course's exercises, graded on a real engine: an answer written
 * differently from the reference must pass, one that only looks right must fail the checks it
 * names. Each answer is {@code src/test/resources/answers/NN-slug/NAME.Dockerfile}, graded in the
 * exercise's folder, and says what it expects in its first lines:
 *
 * <pre>
 * # expect: pass
 * # expect: fail no-source-files, http-2
 * </pre>
 *
 * <p>{@code -Dstagecraft.answers=07-python} grades the answers of one exercise only.
 */
@ExtendWith(EngineAvailable.class)
class CourseAnswersIT {

  private static final Path ANSWERS = Path.of("src/test/resources/answers");
  private static final String EXPECT = "# expect:";

  static Stream<Path> answers() throws IOException {
    String only = System.getProperty("stagecraft.answers", "");
    Path root = home().resolve(ANSWERS);
    try (Stream<Path> files = Files.walk(root, 2)) {
      List<Path> found =
          files
              .filter(file -> file.getFileName().toString().endsWith(".Dockerfile"))
              .filter(
                  file -> only.isBlank() || file.getParent().getFileName().toString().equals(only))
              .sorted()
              .toList();
      return found.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void isGradedAsItSays(Path answer) throws Exception {
    String exercise = answer.getParent().getFileName().toString();
    Expectation expected = Expectation.of(answer);

    CommandRun run =
        CommandRun.stagecraft("check", exercise, "--dockerfile", answer.toString(), "--json");

    JsonNode report = new ObjectMapper().readTree(run.out());
    List<String> failing = new ArrayList<>();
    report
        .get("checks")
        .forEach(
            check -> {
              if (!check.get("status").asText().equals("pass")
                  && !check.get("status").asText().equals("skipped")) {
                failing.add(check.get("id").asText());
              }
            });
    if (expected.passes()) {
      assertThat(failing).as("checks that did not pass:\n%s", run.out()).isEmpty();
      assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    } else {
      assertThat(failing)
          .as("checks that did not pass:\n%s", run.out())
          .containsAll(expected.failingChecks());
      assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
    }
  }

  private static Path home() {
    return Path.of(System.getProperty("stagecraft.home", ".")).toAbsolutePath().normalize();
  }

  /** What an answer file says of itself in its {@code # expect:} line. */
  record Expectation(boolean passes, List<String> failingChecks) {

    static Expectation of(Path answer) throws IOException {
      for (String line : Files.readAllLines(answer)) {
        if (!line.startsWith(EXPECT)) {
          continue;
        }
        String said = line.substring(EXPECT.length()).strip();
        if (said.equals("pass")) {
          return new Expectation(true, List.of());
        }
        if (said.startsWith("fail ")) {
          List<String> ids =
              Arrays.stream(said.substring("fail ".length()).split(","))
                  .map(String::strip)
                  .filter(id -> !id.isEmpty())
                  .toList();
          if (!ids.isEmpty()) {
            return new Expectation(false, ids);
          }
        }
        break;
      }
      throw new IllegalArgumentException(
          answer + ": the first lines must say '# expect: pass' or '# expect: fail CHECK-ID, ...'");
    }
  }
}
