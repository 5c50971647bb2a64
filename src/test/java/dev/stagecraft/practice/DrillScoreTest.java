package dev.stagecraft.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagecraft.course.Drill;
import dev.stagecraft.course.Exercise;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DrillScoreTest {

  private static final Duration LIMIT = Duration.ofMinutes(6);

  @Test
  void aFixHandedInAtOnceEarnsTheWholeBonus() {
    assertThat(DrillScore.score(8, 8, Duration.ZERO, LIMIT)).isEqualTo(DrillScore.MAX);
  }

  @Test
  void theBonusShrinksWithTheClockAndEndsAtTheLimit() {
    assertThat(DrillScore.score(8, 8, Duration.ofMinutes(3), LIMIT)).isEqualTo(125);
    assertThat(DrillScore.score(8, 8, Duration.ofMinutes(6), LIMIT)).isEqualTo(100);
    assertThat(DrillScore.score(8, 8, Duration.ofMinutes(60), LIMIT)).isEqualTo(100);
    assertThat(DrillScore.timeBonus(Duration.ofSeconds(90), LIMIT)).isEqualTo(38);
  }

  @Test
  void aPartialFixScoresItsShareOfChecksAndNoBonus() {
    assertThat(DrillScore.score(5, 8, Duration.ZERO, LIMIT)).isEqualTo(63);
    assertThat(DrillScore.score(0, 8, Duration.ZERO, LIMIT)).isZero();
    // Handing in the broken file at once never beats a slow full fix.
    assertThat(DrillScore.score(7, 8, Duration.ZERO, LIMIT))
        .isLessThan(DrillScore.score(8, 8, Duration.ofHours(1), LIMIT));
  }

  @Test
  void nonsenseCountsAreRefused() {
    assertThatThrownBy(() -> DrillScore.score(3, 0, Duration.ZERO, LIMIT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DrillScore.score(9, 8, Duration.ZERO, LIMIT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theRunMeasuresTimeOnTheClockItWasStartedWith() {
    Instant start = Instant.parse("2026-12-01T08:00:00Z");
    Clock clock = Clock.fixed(start, ZoneOffset.UTC);
    DrillRun run = new DrillRun(drill(), exercise(), Path.of("Dockerfile"), clock.instant());
    Instant later = Clock.offset(clock, Duration.ofSeconds(200)).instant();
    assertThat(run.elapsed(later)).isEqualTo(Duration.ofSeconds(200));
    assertThat(run.remaining(later)).isEqualTo(Duration.ofSeconds(160));
    assertThat(run.remaining(start.plus(Duration.ofHours(1)))).isEqualTo(Duration.ZERO);
    // A clock set back never makes time negative.
    assertThat(run.elapsed(start.minusSeconds(5))).isEqualTo(Duration.ZERO);
    int score = DrillScore.score(8, 8, run.elapsed(later), run.drill().timeLimit());
    assertThat(score).isEqualTo(100 + 22);
  }

  private static Drill drill() {
    return new Drill(
        "01-x", 1, "X", "03-go-scratch", LIMIT, "Fix it.", Path.of("Dockerfile"), "drill.yaml");
  }

  private static Exercise exercise() {
    return new Exercise(
        "03-go-scratch",
        3,
        "Go",
        "",
        Optional.empty(),
        Path.of("."),
        Path.of("Dockerfile"),
        Path.of("solution"),
        List.of(),
        List.of());
  }
}
