package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionRegisterTest {

  private static final Optional<String> SPACE = Optional.of("5d41402abc4b");
  private static final Duration DAY = Duration.ofHours(24);

  @TempDir Path directory;

  private final Instant now = Instant.now();

  @Test
  void theFirstSessionSearchesAndTheNextOnesWithinTheHourDoNot() {
    SessionRegister register = new SessionRegister(directory);
    assertThat(register.sweepDue(now, SPACE)).isTrue();
    register.swept(now, SPACE, DAY);
    assertThat(register.sweepDue(now.plusSeconds(60), SPACE)).isFalse();
    assertThat(register.sweepDue(now.plus(SessionRegister.SWEEP_INTERVAL).plusSeconds(1), SPACE))
        .isTrue();
  }

  @Test
  void aSessionOfThisMachineThatEndedWithoutClosingMakesTheNextOneSearch() throws Exception {
    SessionRegister register = new SessionRegister(directory);
    register.swept(now, SPACE, DAY);
    String alive = ProcessHandle.current().pid() + "-0badc0de." + SPACE.get();
    register.enter(alive);
    assertThat(register.sweepDue(now, SPACE)).as("a running session").isFalse();

    Process finished = new ProcessBuilder("true").start();
    finished.waitFor();
    String killed = finished.pid() + "-0badc0de." + SPACE.get();
    register.enter(killed);
    assertThat(register.sweepDue(now, SPACE)).as("a session whose process is gone").isTrue();
    register.swept(now, SPACE, DAY);
    assertThat(directory.resolve(killed)).doesNotExist();
    assertThat(directory.resolve(alive)).exists();
    assertThat(register.sweepDue(now, SPACE)).isFalse();
  }

  @Test
  void aSessionThatClosedLeavesNothingToSearchFor() throws Exception {
    SessionRegister register = new SessionRegister(directory);
    register.swept(now, SPACE, DAY);
    Process finished = new ProcessBuilder("true").start();
    finished.waitFor();
    String closed = finished.pid() + "-0badc0de." + SPACE.get();
    register.enter(closed);
    register.leave(closed);
    assertThat(register.sweepDue(now, SPACE)).isFalse();
  }

  @Test
  void sessionsOfOtherMachinesAreLeftToTheHourlySearch() throws Exception {
    SessionRegister register = new SessionRegister(directory);
    register.swept(now, SPACE, DAY);
    register.enter("1-0badc0de.0123456789ab");
    assertThat(register.sweepDue(now, SPACE)).isFalse();
    Files.setLastModifiedTime(
        directory.resolve("1-0badc0de.0123456789ab"),
        java.nio.file.attribute.FileTime.from(now.minus(DAY).minusSeconds(1)));
    register.swept(now, SPACE, DAY);
    assertThat(directory.resolve("1-0badc0de.0123456789ab")).doesNotExist();
  }
}
