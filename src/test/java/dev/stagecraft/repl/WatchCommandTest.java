package dev.stagecraft.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.terminal.TextWrap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch} on a dumb terminal fed keys as a learner types them, with no engine reachable. */
@Timeout(60)
class WatchCommandTest {

  @TempDir Path state;

  private Workbench bench() throws Exception {
    return Workbench.open(
        CourseCopy.HOME,
        new ProgressStore(state.resolve("progress.json")),
        () -> DockerEngine.connect(Map.of("DOCKER_HOST", "unix:///nonexistent.sock")));
  }

  /** Waits until the screen shows {@code text} {@code times} times. */
  private static void await(ByteArrayOutputStream out, String text, int times) throws Exception {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (count(out.toString(StandardCharsets.UTF_8), text) < times) {
      assertThat(System.nanoTime()).as("waiting for '%s'", text).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private static int count(String screen, String text) {
    int n = 0;
    for (int i = screen.indexOf(text); i >= 0; i = screen.indexOf(text, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void watchChecksAtOnceAgainOnEnterAndLeavesOnQ() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PipedOutputStream keys = new PipedOutputStream();
    try (Workbench bench = bench();
        DumbTerminal terminal =
            new DumbTerminal(
                "test", "dumb", new PipedInputStream(keys), out, StandardCharsets.UTF_8)) {
      Thread repl = new Thread(() -> new Repl(bench, terminal).run(state.resolve("history")));
      repl.start();
      keys.write("watch 3\n".getBytes(StandardCharsets.UTF_8));
      keys.flush();
      await(out, "Waiting for a save", 1);
      keys.write('\r');
      keys.flush();
      await(out, "Waiting for a save", 2);
      keys.write("q".getBytes(StandardCharsets.UTF_8));
      keys.flush();
      await(out, "Left watch mode.", 1);
      keys.write("quit\n".getBytes(StandardCharsets.UTF_8));
      keys.flush();
      repl.join(20_000);
      assertThat(repl.isAlive()).isFalse();
    }
    String screen = out.toString(StandardCharsets.UTF_8);
    assertThat(screen.replaceAll("\\s+", " "))
        .contains("Watching 03-go-scratch: every save of its Dockerfile")
        .contains("No Docker engine")
        .contains("Bye.");
    assertThat(count(screen, "Checking 03-go-scratch…")).isEqualTo(2);
    assertThat(screen.lines())
        .allSatisfy(
            l ->
                assertThat(
                        TextWrap.displayWidth(l.replaceFirst("^(stagecraft( \\[[^]]*])?> )+", "")))
                    .as(l)
                    .isLessThanOrEqualTo(80));
  }

  @Test
  void whereFilesSendNoEventsEnterIsTheWayToCheck() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbench bench = bench();
        DumbTerminal terminal =
            new DumbTerminal(
                "test",
                "dumb",
                new ByteArrayInputStream("q".getBytes(StandardCharsets.UTF_8)),
                out,
                StandardCharsets.UTF_8)) {
      ReplSession session = new ReplSession(bench, terminal.writer(), false, () -> 60, () -> {});
      session.attach(terminal);
      new WatchCommand(Map.of(WatchScreen.ENV, "enter")).run(List.of("3"), session);
    }
    String screen = out.toString(StandardCharsets.UTF_8);
    assertThat(screen.replaceAll("\\s+", " "))
        .contains("File changes cannot be seen here (file watching is turned off).")
        .contains("press Enter to check; q leaves.")
        .contains("Left watch mode.");
    assertThat(screen.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(60));
  }

  @Test
  void anUnknownExerciseIsSaidAndNothingIsWatched() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbench bench = bench();
        DumbTerminal terminal =
            new DumbTerminal(
                "test",
                "dumb",
                new ByteArrayInputStream(new byte[0]),
                out,
                StandardCharsets.UTF_8)) {
      ReplSession session = new ReplSession(bench, terminal.writer(), false, () -> 80, () -> {});
      session.attach(terminal);
      new WatchCommand(Map.of()).run(List.of("nope"), session);
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("No exercise 'nope'")
        .doesNotContain("Watching");
  }
}
