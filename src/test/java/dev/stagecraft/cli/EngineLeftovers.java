package dev.stagecraft.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What stagecraft left in the engine, asked through the docker CLI so the answer does not depend on
 * the code under test.
 */
final class EngineLeftovers {

  private EngineLeftovers() {}

  /** Ids of containers (running or not) labelled as stagecraft's. */
  static List<String> containers() throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                "docker", "ps", "-a", "-q", "--filter", "label=dev.stagecraft.owner=stagecraft")
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("docker ps failed: " + output);
    }
    return output.lines().filter(line -> !line.isBlank()).toList();
  }
}
