package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagecraft.engine.EngineAvailable;
import dev.stagecraft.engine.EngineLeftovers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Go exercise end to end on a real engine: the starter fails with precise expected/actual
 * values, the reference solution passes, and nothing stagecraft created is left behind.
 */
@ExtendWith(EngineAvailable.class)
class GoExerciseIT {

  private static final String EXERCISE = "03-go-scratch";
  private static Path home;

  @BeforeAll
  static void courseHome() {
    home = Path.of(System.getProperty("stagecraft.home", ".")).toAbsolutePath().normalize();
    System.setProperty("stagecraft.home", home.toString());
  }

  private static JsonNode json(CommandRun run) throws Exception {
    return new ObjectMapper().readTree(run.out());
  }

  private static Map<String, JsonNode> checksById(JsonNode report) {
    Map<String, JsonNode> byId = new HashMap<>();
    report.get("checks").forEach(c -> byId.put(c.get("id").asText(), c));
    return byId;
  }

  @Test
  void starterFailsNamingSizeToolchainAndUser() throws Exception {
    // A copy, so that grading it is not an attempt of the learner's own file in this checkout.
    Path copy = Files.createTempDirectory("stagecraft-starter").resolve("Dockerfile");
    Files.copy(home.resolve("exercises/" + EXERCISE + "/Dockerfile"), copy);
    String starter = copy.toString();
    CommandRun run = CommandRun.stagecraft("check", EXERCISE, "--dockerfile", starter, "--json");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FAILED);
    JsonNode report = json(run);
    assertThat(report.get("passed").asBoolean()).isFalse();
    Map<String, JsonNode> checks = checksById(report);
    assertThat(checks.get("build").get("status").asText()).isEqualTo("pass");
    assertThat(checks.get("stage-count").get("status").asText()).isEqualTo("fail");
    assertThat(checks.get("stage-count").get("actual").asText()).isEqualTo("1 stage");
    assertThat(checks.get("image-size").get("status").asText()).isEqualTo("fail");
    assertThat(checks.get("image-size").get("actual").asText()).matches("\\d+ MB \\(.*");
    assertThat(checks.get("smaller-than-starter").get("status").asText()).isEqualTo("fail");
    assertThat(checks.get("smaller-than-starter").get("actual").asText())
        .startsWith("1.0× smaller");
    assertThat(report.get("comparedSizes").get("starter").asLong()).isGreaterThan(100_000_000L);
    assertThat(checks.get("toolchain-absent").get("status").asText()).isEqualTo("fail");
    assertThat(checks.get("toolchain-absent").get("actual").asText()).contains("go at /");
    assertThat(checks.get("non-root-user").get("status").asText()).isEqualTo("fail");
    assertThat(checks.get("non-root-user").get("actual").asText()).isEqualTo("root (no USER set)");
    assertThat(checks.get("runs").get("status").asText()).isEqualTo("pass");
    assertThat(report.get("image").get("sizeBytes").asLong()).isGreaterThan(100_000_000L);
    assertThat(EngineLeftovers.containers()).isEmpty();
  }

  @Test
  void solutionPassesEveryCheck() throws Exception {
    String solution = home.resolve("solutions/" + EXERCISE + "/Dockerfile").toString();
    Path junit = Files.createTempDirectory("stagecraft-junit").resolve("reports/grade.xml");
    CommandRun run =
        CommandRun.stagecraft(
            "check", EXERCISE, "--dockerfile", solution, "--json", "--junit", junit.toString());

    JsonNode report = json(run);
    assertThat(report.get("passed").asBoolean()).as(run.out()).isTrue();
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(report.get("image").get("sizeBytes").asLong()).isLessThan(10_000_000L);
    String xml = Files.readString(junit);
    assertThat(xml)
        .contains("<testsuite name=\"stagecraft." + EXERCISE + "\"")
        .contains("failures=\"0\"")
        .contains("tests=\"" + report.get("checks").size() + "\"");
    assertThat(EngineLeftovers.containers()).isEmpty();
  }

  @Test
  void validateSaysStarterFailsAndSolutionPasses() throws Exception {
    CommandRun run = CommandRun.stagecraft("validate", EXERCISE, "--json");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
    JsonNode entry = json(run).get("exercises").get(0);
    assertThat(entry.get("id").asText()).isEqualTo(EXERCISE);
    assertThat(entry.get("starterFails").asBoolean()).isTrue();
    assertThat(entry.get("solutionPasses").asBoolean()).isTrue();
    assertThat(EngineLeftovers.containers()).isEmpty();
  }
}
