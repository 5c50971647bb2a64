package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, run as a learner would with no engine reachable: one or two clear lines, exit
 * 3, static results still shown, and never a stack trace.
 */
class NoEngineIT {

  private static final Path HOME =
      Path.of(System.getProperty("stagecraft.home", ".")).toAbsolutePath().normalize();

  record Result(int exitCode, String output) {}

  private static Result stagecraft(String... args) throws Exception {
    Path jar = HOME.resolve("target/stagecraft.jar");
    assertThat(jar).as("the packaged jar (failsafe runs after package)").exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dstagecraft.home=" + HOME);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Path progress = Files.createTempFile("progress", ".json");
    Files.delete(progress);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("DOCKER_HOST", "unix:///nonexistent.sock");
    builder.environment().put("STAGECRAFT_PROGRESS", progress.toString());
    builder.redirectInput(new File("/dev/null"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }

  @Test
  void doctorSaysWhatIsWrongAndExits3() throws Exception {
    Result result = stagecraft("doctor");
    assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
    assertThat(result.output()).contains("/nonexistent.sock");
    assertThat(result.output().lines().count()).isLessThanOrEqualTo(4);
    assertThat(result.output()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void checkShowsStaticResultsAndExits3() throws Exception {
    Result result = stagecraft("check", "03-go-scratch");
    assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
    assertThat(result.output())
        .contains("At least 2 build stages")
        .contains("No Docker engine")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void checkJsonSaysEngineUnreachable() throws Exception {
    Result result = stagecraft("check", "03-go-scratch", "--json");
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.output())
        .contains("\"engineReachable\" : false")
        .contains("\"status\" : \"skipped\"");
  }
}
