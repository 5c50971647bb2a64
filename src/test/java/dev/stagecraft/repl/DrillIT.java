package dev.stagecraft.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.app.EngineConnector;
import dev.stagecraft.course.DrillBest;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.engine.EngineAvailable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drills on a real engine through the REPL on a dumb terminal: the learner's fix of drill 1 passes
 * the exercise's own checks and is scored, the broken file handed in as it is fails them.
 */
@ExtendWith(EngineAvailable.class)
class DrillIT {

  private static final Path HOME =
      Path.of(System.getProperty("stagecraft.home", ".")).toAbsolutePath().normalize();
  private static final Path WORKING =
      HOME.resolve(".stagecraft/drills/01-toolchain-ships/Dockerfile");
  private static final Path BROKEN = HOME.resolve("drills/01-toolchain-ships/Dockerfile");

  @TempDir Path state;

  private ProgressStore progress() {
    return new ProgressStore(state.resolve("progress.json"));
  }

  private String session(InputStream input) throws Exception {
    return PracticeTerminalSession.run(
        HOME,
        progress(),
        EngineConnector.fromEnvironment(),
        input,
        80,
        new Random(1),
        Clock.systemUTC());
  }

  /** Lines typed in turn; before each chunk after the first, an edit the learner makes. */
  private static InputStream typed(String first, Supplier<String> afterEdit) {
    Iterator<Supplier<String>> parts = List.of(() -> first, afterEdit).iterator();
    Enumeration<InputStream> streams =
        new Enumeration<>() {
          @Override
          public boolean hasMoreElements() {
            return parts.hasNext();
          }

          @Override
          public InputStream nextElement() {
            return new ByteArrayInputStream(parts.next().get().getBytes(StandardCharsets.UTF_8));
          }
        };
    return new SequenceInputStream(streams);
  }

  /** Waits until the drill has copied its broken file, then writes the learner's fix over it. */
  private static String fixThen(String lines) {
    try {
      for (int i = 0; i < 600 && !isBrokenCopy(); i++) {
        Thread.sleep(100);
      }
      String fix =
          new String(
              DrillIT.class
                  .getResourceAsStream("/drill-fixes/01-toolchain-ships.Dockerfile")
                  .readAllBytes(),
              StandardCharsets.UTF_8);
      Files.writeString(WORKING, fix);
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean isBrokenCopy() {
    try {
      return Files.isRegularFile(WORKING)
          && Files.readString(WORKING).equals(Files.readString(BROKEN));
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void theFixedFilePassesTheExercisesChecksAndIsScoredAndRemembered() throws Exception {
    Files.deleteIfExists(WORKING);
    String screen = session(typed("drill 1\n", () -> fixThen("check\nquit\n")));

    assertThat(screen).contains("✔ 03-go-scratch: all 8 checks pass.");
    assertThat(screen).contains("8 of 8 checks pass").contains("Fixed!").contains("A new best.");
    DrillBest best = progress().load().progress().practice().drill("01-toolchain-ships");
    assertThat(best.attempts()).isEqualTo(1);
    assertThat(best.bestScore()).isGreaterThanOrEqualTo(100);
    assertThat(best.fastestPassSeconds()).isPresent();
  }

  @Test
  void theBrokenFileHandedInFailsTheSameChecks() throws Exception {
    String screen = session(typed("drill 1\ndone\nquit\n", () -> ""));

    assertThat(screen).contains("✘ 03-go-scratch: 3 of 8 checks fail.");
    assertThat(screen).contains("5 of 8 checks pass").doesNotContain("Fixed!");
    // The very checks of exercise 03 failed: the toolchain and the size.
    assertThat(screen).contains("toolchain").contains("MB");
    DrillBest best = progress().load().progress().practice().drill("01-toolchain-ships");
    assertThat(best.bestScore()).isEqualTo(63);
    assertThat(best.fastestPassSeconds()).isEmpty();
  }
}
