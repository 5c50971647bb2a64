package dev.stagecraft.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress survives {@code kill -9} at any moment of a write: a child JVM saves progress in a loop
 * and is killed at seeded random moments; every time, the file left behind parses and no attempt
 * recorded before is lost (issue #9, done-when 3).
 */
class ProgressKillTest {

  private static final int ROUNDS = 30;
  private static final long SEED = 20261201L;

  @TempDir Path dir;

  @Test
  void killingAWriterAtRandomMomentsNeverLeavesAnUnreadableFile() throws Exception {
    Path file = dir.resolve(".stagecraft/progress.json");
    Random random = new Random(SEED);
    int lastAttempts = 0;
    List<Integer> seen = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      Process child = child("write", file);
      awaitLine(child, "writing");
      Thread.sleep(random.nextInt(120));
      child.destroyForcibly();
      assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();

      LoadedProgress loaded = new ProgressStore(file).load();
      assertThat(loaded.warnings()).as("round %d", round).isEmpty();
      int attempts = loaded.progress().exercise("01-exercise").attempts();
      assertThat(attempts).as("round %d", round).isGreaterThan(lastAttempts);
      lastAttempts = attempts;
      seen.add(attempts);
    }
    try (var files = Files.list(file.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.contains(".corrupt-"));
    }
    assertThat(seen).hasSize(ROUNDS);
  }

  @Test
  void aSecondSessionIsToldWhichProcessHoldsTheLock() throws Exception {
    Path file = dir.resolve("progress.json");
    Process holder = child("hold", file);
    try {
      awaitLine(holder, "locked");
      ProgressLock.Outcome outcome = new ProgressStore(file).lock();
      assertThat(outcome)
          .isEqualTo(
              new ProgressLock.Outcome.HeldElsewhere(
                  ProgressLock.lockFileFor(file), java.util.OptionalLong.of(holder.pid())));
    } finally {
      holder.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    }
    // The system dropped the killed holder's lock: nothing stale is left to clear by hand.
    ProgressLock.Outcome after = new ProgressStore(file).lock();
    assertThat(after).isInstanceOf(ProgressLock.Outcome.Acquired.class);
    ((ProgressLock.Outcome.Acquired) after).lock().close();
  }

  private static Process child(String mode, Path file) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-Xshare:auto",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            ProgressChild.class.getName(),
            mode,
            file.toString())
        .redirectErrorStream(true)
        .start();
  }

  private static void awaitLine(Process child, String expected) throws Exception {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line = lines.readLine();
    assertThat(line).as("the child's first line").isEqualTo(expected);
  }
}
