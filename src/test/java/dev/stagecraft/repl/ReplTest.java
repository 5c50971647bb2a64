package dev.stagecraft.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.app.Workbench;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.engine.DockerEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jline.keymap.KeyMap;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL driven by scripted lines on a dumb terminal, with no engine reachable. */
class ReplTest {

  private static final Path HOME =
      Path.of(System.getProperty("stagecraft.home", ".")).toAbsolutePath().normalize();

  @TempDir Path state;

  private String session(String script) throws Exception {
    return session(script, "dumb");
  }

  /** A scripted session on a terminal of the given type (its capabilities come from the type). */
  private String session(String script, String terminalType) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ProgressStore progress = new ProgressStore(state.resolve("progress.json"));
    try (Workbench bench =
            Workbench.open(
                HOME,
                progress,
                () -> DockerEngine.connect(Map.of("DOCKER_HOST", "unix:///nonexistent.sock")));
        DumbTerminal terminal =
            new DumbTerminal(
                "test",
                terminalType,
                new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                out,
                StandardCharsets.UTF_8)) {
      new Repl(bench, terminal).run(state.resolve("history"));
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpListsEveryCommand() throws Exception {
    String screen = session("help\nquit\n");
    assertThat(screen)
        .contains("lessons")
        .contains("lesson N")
        .contains("exercises")
        .contains("check [EXERCISE]")
        .contains("hint")
        .contains("quit");
  }

  @Test
  void builderNamesItsChoicesAndSaysWhenThereIsNoEngine() throws Exception {
    String screen = session("builder sideways\nbuilder\nquit\n");
    assertThat(screen)
        .contains("Usage: builder [buildkit|classic|auto]")
        .contains("No Docker engine at unix:///nonexistent.sock");
    // The dumb terminal echoes each answer after the prompt; the answer itself fits 80 columns.
    assertThat(screen.lines())
        .allSatisfy(
            l ->
                assertThat(
                        dev.stagecraft.terminal.TextWrap.displayWidth(
                            l.replaceFirst("^(stagecraft( \\[[^]]*])?> )+", "")))
                    .as(l)
                    .isLessThanOrEqualTo(80));
  }

  @Test
  void lessonRendersAndSetsTheCurrentExercise() throws Exception {
    String screen = session("lesson 3\nhint\nquit\n");
    assertThat(screen).contains("Exercise 03-go-scratch").contains("Hint 1/");
    assertThat(screen).contains("stagecraft [03-go-scratch]>");
  }

  @Test
  void hintsAreRememberedAcrossSessions() throws Exception {
    session("lesson 3\nhint\nhint\nquit\n");
    String second = session("hint\nquit\n");
    assertThat(second).contains("Welcome back").contains("Hint 3/");
  }

  @Test
  void checkWithoutEngineShowsStaticResultsAndTheReason() throws Exception {
    String screen = session("check 03-go-scratch\nquit\n");
    assertThat(screen)
        .contains("At least 2 build stages")
        .contains("No Docker engine")
        .contains("nonexistent.sock");
  }

  @Test
  void lintReviewsTheStarterWithoutBuilding() throws Exception {
    String screen = session("lint 3\nquit\n");
    assertThat(screen)
        .contains("exercises/03-go-scratch/Dockerfile:3 warning toolchain-final-base")
        .contains("final-stage-runs-as-root")
        .contains("why: ")
        .contains("fix: ");
  }

  @Test
  void unknownCommandSaysHowToGetHelp() throws Exception {
    assertThat(session("frobnicate\nquit\n"))
        .contains("Unknown command 'frobnicate'")
        .contains("help");
  }

  @Test
  void endOfInputLeavesCleanly() throws Exception {
    assertThat(session("lessons\n")).contains("Bye.");
  }

  @Test
  void hintShowsTheHintsOfTheExerciseItNames() throws Exception {
    String screen = session("lesson 3\nhint 06\nquit\n");
    assertThat(screen)
        .contains("Hint 1/5: Split the Dockerfile in two. Name the first stage (FROM node:20-slim")
        .doesNotContain("Hint 1/4")
        .contains("stagecraft [06-static-site-nginx]>");

    String byNumberAndSlug = session("hint 3\nhint go-scratch\nhint 03-go-scratch\nquit\n");
    assertThat(byNumberAndSlug).contains("Hint 1/4").contains("Hint 2/4").contains("Hint 3/4");
  }

  @Test
  void hintOfAnUnknownExerciseSaysHowToNameOne() throws Exception {
    // Messages wrap at the terminal's width; read them as running text.
    String screen = session("lesson 3\nhint foo\nquit\n").replaceAll("\\s+", " ");
    assertThat(screen)
        .contains("No exercise 'foo'")
        .contains("id, number or slug")
        .containsPattern("`hint \\d\\d-[a-z-]+`, `hint \\d+` or `hint [a-z-]+`")
        .contains("06-static-site-nginx")
        .doesNotContain("Hint 1/");
  }

  @Test
  void hintWithNoExerciseAtAllSaysWhatToType() throws Exception {
    assertThat(session("hint\nquit\n").replaceAll("\\s+", " "))
        .contains("No current exercise")
        .contains("hint EXERCISE");
  }

  @Test
  void clearClearsTheScreenWithTheTerminalsOwnSequence() throws Exception {
    String xterm = session("clear\nquit\n", "xterm");
    assertThat(xterm).contains("\u001b[H\u001b[2J").doesNotContain("Unknown command");

    String dumb = session("clear\nquit\n");
    assertThat(dumb).doesNotContain("Unknown command").doesNotContain("\u001b[");
    assertThat(session("help\nquit\n")).contains("clear").contains("Ctrl-L");
  }

  @Test
  void ctrlLIsBoundToClearScreenInEveryKeyMap() throws Exception {
    ProgressStore progress = new ProgressStore(state.resolve("progress.json"));
    try (Workbench bench =
            Workbench.open(
                HOME,
                progress,
                () -> DockerEngine.connect(Map.of("DOCKER_HOST", "unix:///nonexistent.sock")));
        DumbTerminal terminal =
            new DumbTerminal(
                "test",
                "xterm",
                new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(),
                StandardCharsets.UTF_8)) {
      Repl repl = new Repl(bench, terminal);
      LineReader reader =
          repl.lineReader(
              new ReplSession(bench, terminal.writer(), false, () -> 80, () -> {}),
              state.resolve("history"));
      for (String keyMap : List.of(LineReader.EMACS, LineReader.VIINS, LineReader.VICMD)) {
        assertThat(reader.getKeyMaps().get(keyMap).getBound(KeyMap.ctrl('L')))
            .as(keyMap)
            .isEqualTo(new Reference(LineReader.CLEAR_SCREEN));
      }
    }
  }

  @Test
  void helpAndHintsFitEightyColumns() throws Exception {
    String screen = session("hint\nhelp\nhint foo\nhint 06\nhint\nhint\nhint\nhint\nquit\n");
    assertThat(screen).contains("Hint 5/5");
    assertThat(screen.lines())
        .allSatisfy(
            l ->
                assertThat(
                        dev.stagecraft.terminal.TextWrap.displayWidth(
                            l.replaceFirst("^(stagecraft( \\[[^]]*])?> )+", "")))
                    .as(l)
                    .isLessThanOrEqualTo(80));
  }

  @Test
  void solutionAsksBeforeGivingTheAnswerAway() throws Exception {
    String refused = session("solution 03\n\nquit\n");
    assertThat(refused)
        .contains("You have not passed 03-go-scratch yet")
        .contains("Show the answer anyway? y/N")
        .contains("Not shown.")
        .doesNotContain("USER 65532:65532");

    String shown = session("solution 03\ny\nquit\n");
    assertThat(shown).contains("solutions/03-go-scratch/Dockerfile").contains("USER 65532:65532");
  }

  @Test
  void solutionAfterAPassShowsItWithoutAsking() throws Exception {
    new ProgressStore(state.resolve("progress.json"))
        .save(
            dev.stagecraft.course.Progress.empty()
                .withCheck(
                    "03-go-scratch", true, java.util.OptionalLong.of(1), java.time.Instant.now()));
    String screen = session("solution 03\nquit\n");
    assertThat(screen).doesNotContain("y/N").contains("USER 65532:65532");
  }

  @Test
  void afterAPassTheWelcomeNamesWhatComesNextNotTheFinishedExercise() throws Exception {
    ProgressStore store = new ProgressStore(state.resolve("progress.json"));
    java.time.Instant now = java.time.Instant.now();
    store.save(
        dev.stagecraft.course.Progress.empty()
            .withCheck("03-go-scratch", true, java.util.OptionalLong.of(1), now)
            .withCurrentExercise("03-go-scratch"));
    assertThat(session("quit\n"))
        .contains("you passed 03-go-scratch")
        .containsPattern("Next:\\s+\\d\\d-[a-z-]+")
        .containsPattern("`lesson \\d+`")
        .doesNotContain("Type `check` to grade it");

    dev.stagecraft.course.Progress all = store.load().progress();
    for (var exercise : dev.stagecraft.course.Course.load(HOME).exercises()) {
      all = all.withCheck(exercise.id(), true, java.util.OptionalLong.of(1), now);
    }
    store.save(all.withCurrentExercise("06-static-site-nginx"));
    String done = session("quit\n");
    assertThat(done)
        .contains("Every")
        .contains("course is done")
        .doesNotContain("Type `check` to grade it");
  }
}
