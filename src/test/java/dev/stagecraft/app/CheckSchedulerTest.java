package dev.stagecraft.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The debounce and re-run rules, fed times by hand (no clock, no sleeping). */
class CheckSchedulerTest {

  private final CheckScheduler scheduler = new CheckScheduler(Duration.ofMillis(300));

  @Test
  void aBurstOfSavesChecksOnceAfterTheLastOfThem() {
    scheduler.fileChanged(1_000);
    scheduler.fileChanged(1_100);
    scheduler.fileChanged(1_250);

    assertThat(scheduler.due(1_400)).isFalse();
    assertThat(scheduler.millisUntilDue(1_400)).hasValue(150);
    assertThat(scheduler.due(1_550)).isTrue();
    scheduler.started();
    scheduler.finished(2_000);
    assertThat(scheduler.due(10_000)).isFalse();
    assertThat(scheduler.millisUntilDue(10_000)).isEmpty();
  }

  @Test
  void savesDuringACheckQueueExactlyOneRerun() {
    scheduler.checkRequested(0);
    assertThat(scheduler.due(0)).isTrue();
    scheduler.started();

    scheduler.fileChanged(100);
    scheduler.fileChanged(200);
    scheduler.checkRequested(250);
    assertThat(scheduler.due(5_000)).as("nothing starts while a check runs").isFalse();
    assertThat(scheduler.pending()).isTrue();

    scheduler.finished(5_000);
    assertThat(scheduler.due(5_299)).isFalse();
    assertThat(scheduler.due(5_300)).isTrue();
    scheduler.started();
    scheduler.finished(9_000);
    assertThat(scheduler.pending()).as("one re-run, not three").isFalse();
    assertThat(scheduler.due(20_000)).isFalse();
  }

  @Test
  void enterChecksAtOnceEvenDuringADebounce() {
    scheduler.fileChanged(1_000);
    scheduler.checkRequested(1_010);

    assertThat(scheduler.due(1_010)).isTrue();
  }

  @Test
  void aCheckWithNoSaveDuringItLeavesNothingDue() {
    scheduler.checkRequested(0);
    scheduler.started();
    scheduler.finished(4_000);

    assertThat(scheduler.pending()).isFalse();
    assertThat(scheduler.running()).isFalse();
  }
}
