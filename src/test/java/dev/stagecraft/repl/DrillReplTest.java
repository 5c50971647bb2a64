package dev.stagecraft.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.course.Course;
import dev.stagecraft.course.Drill;
import dev.stagecraft.course.DrillBest;
import dev.stagecraft.course.DrillBook;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.practice.DrillRun;
import dev.stagecraft.terminal.TextWrap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drill on a dumb terminal without an engine: list, brief, working file, commands. */
class DrillReplTest {

  private static final Path HOME =
      Path.of(System.getProperty("stagecraft.home", ".")).toAbsolutePath().normalize();
  private static final Clock NOON =
      Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path state;

  private String session(String script, int columns) throws Exception {
    return PracticeTerminalSession.run(
        HOME,
        new ProgressStore(state.resolve("progress.json")),
        PracticeTerminalSession.NO_ENGINE,
        script,
        columns,
        new Random(1),
        NOON);
  }

  private static String flat(String screen) {
    return screen.replaceAll("\\s+", " ");
  }

  @Test
  void drillWithoutAnIdListsTheDrills() throws Exception {
    String screen = session("drill\nquit\n", 80);
    assertThat(screen)
        .contains("01-toolchain-ships")
        .contains("The compiler went to production (6 min; not tried)")
        .contains("Type `drill 1` to start one.");
  }

  @Test
  void startingADrillCopiesTheBrokenFileShowsTheBriefAndRunsTheClock() throws Exception {
    Path working = HOME.resolve(".stagecraft/drills/01-toolchain-ships/Dockerfile");
    Files.deleteIfExists(working);
    String screen = session("drill toolchain-ships\nbrief\nwhat\nquit\nquit\n", 80);

    assertThat(Files.readString(working))
        .isEqualTo(Files.readString(HOME.resolve("drills/01-toolchain-ships/Dockerfile")));
    assertThat(screen).contains("Drill 01-toolchain-ships: The compiler went to production");
    assertThat(screen).contains("Exercise 03-go-scratch · 6 minutes for the time bonus");
    assertThat(screen).contains(".stagecraft/drills/01-toolchain-ships/Dockerfile");
    assertThat(screen.split("security scan", -1)).as("brief shown twice").hasSize(3);
    assertThat(screen).contains("drill 6:00> ");
    assertThat(flat(screen)).contains("In a drill: `check`, `done`, `brief` or `quit`.");
    assertThat(flat(screen)).contains("Left the drill. Your file stays at");
  }

  @Test
  void aDrillStartedAgainKeepsTheEarlierCopy() throws Exception {
    Path working = HOME.resolve(".stagecraft/drills/01-toolchain-ships/Dockerfile");
    session("drill 1\nquit\nquit\n", 80);
    Files.writeString(working, "FROM scratch\n# my attempt\n");
    session("drill 1\nquit\nquit\n", 80);
    assertThat(working.resolveSibling("Dockerfile.bak")).hasContent("FROM scratch\n# my attempt");
  }

  @Test
  void withoutAnEngineTheDrillIsNotScoredAndTheClockRuns() throws Exception {
    String screen = flat(session("drill 1\ncheck\nquit\nquit\n", 80));
    assertThat(screen).contains("cannot be scored").contains("Start Docker");
    assertThat(
            new ProgressStore(state.resolve("progress.json")).load().progress().practice().drills())
        .isEmpty();
  }

  @Test
  void anUnknownDrillSaysHowToNameOne() throws Exception {
    String screen = flat(session("drill 99\nquit\n", 80));
    assertThat(screen).contains("No drill '99'. Type `drill` to list them");
  }

  @Test
  void theDrillFitsSixtyColumns() throws Exception {
    for (int columns : new int[] {80, 60}) {
      String screen = session("drill\ndrill 2\ncheck\nbrief\nquit\nquit\n", columns);
      String ours = screen.substring(screen.indexOf("> drill"), screen.lastIndexOf("\nBye."));
      for (String line : ours.split("\n")) {
        assertThat(TextWrap.displayWidth(line))
            .as("%d columns: %s", columns, line)
            .isLessThanOrEqualTo(columns);
      }
    }
  }

  @Test
  void thePromptCountsDownThenShowsHowFarPastTheLimit() throws Exception {
    Course course = Course.load(HOME);
    Drill drill = DrillBook.load(course).drill("1").orElseThrow();
    Instant start = NOON.instant();
    DrillRun run =
        new DrillRun(drill, course.exercise(drill.exerciseId()).orElseThrow(), Path.of("x"), start);
    assertThat(DrillText.timeLeft(run, start)).isEqualTo("6:00");
    assertThat(DrillText.timeLeft(run, start.plusSeconds(301))).isEqualTo("0:59");
    assertThat(DrillText.timeLeft(run, start.plusSeconds(372))).isEqualTo("+0:12");
  }

  @Test
  void aLongProgressLineIsCutToTheWidth() {
    String step = "  step 4/9  RUN CGO_ENABLED=0 go build -trimpath -ldflags=\"-s -w\" -o /out/s…";
    assertThat(DrillText.fit(step, 60)).hasSize(60).endsWith("…");
    assertThat(DrillText.fit("short", 60)).isEqualTo("short");
  }

  @Test
  void theListWithABestScoreFitsSixtyColumns() throws Exception {
    Course course = Course.load(HOME);
    String list =
        DrillText.list(
            DrillBook.load(course).drills(), id -> new DrillBest(3, 148, OptionalLong.of(14)), 60);
    assertThat(list.replaceAll("\\s+", " ")).contains("best 148/150, fixed in 0:14");
    assertThat(list.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
  }
}
