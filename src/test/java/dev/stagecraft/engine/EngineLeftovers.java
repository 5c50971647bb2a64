package dev.stagecraft.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What stagecraft left in the engine, asked through the docker CLI so the answer does not depend on
 * the code under test.
 */
public final class EngineLeftovers {

  private EngineLeftovers() {}

  /**
   * Containers (running or not) that stagecraft created in this JVM: their session label starts
   * with this process's id, so other stagecraft processes sharing the engine do not count.
   */
  public static List<String> containers() throws IOException, InterruptedException {
    String ours = ProcessHandle.current().pid() + "-";
    Process process =
        new ProcessBuilder(
                "docker",
                "ps",
                "-a",
                "--filter",
                "label=dev.stagecraft.owner=stagecraft",
                "--format",
                "{{.ID}} {{.Label \"dev.stagecraft.session\"}}")
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("docker ps failed: " + output);
    }
    return output
        .lines()
        .filter(line -> line.contains(" " + ours))
        .map(line -> line.substring(0, line.indexOf(' ')))
        .toList();
  }
}
