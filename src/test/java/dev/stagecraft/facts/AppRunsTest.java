package dev.stagecraft.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagecraft.engine.EngineException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs on their own thread: every outcome, in order, and what stopped them, for the caller. */
class AppRunsTest {

  private final RunSpec shipped = RunSpec.asShipped(Duration.ofSeconds(5));
  private final RunSpec serving = RunSpec.serving(8080, "/", Duration.ofSeconds(5));

  @Test
  void everyRunIsDoneInOrderWhileTheCallerGoesOn() throws Exception {
    CountDownLatch callerWentOn = new CountDownLatch(1);
    List<RunSpec> order = Collections.synchronizedList(new ArrayList<>());
    AppRuns runs =
        AppRuns.start(
            List.of(shipped, serving),
            spec -> {
              try {
                assertThat(callerWentOn.await(5, TimeUnit.SECONDS)).isTrue();
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
              order.add(spec);
              return new RunOutcome.FailedToStart(spec.toString());
            });

    callerWentOn.countDown();

    assertThat(runs.await())
        .containsEntry(shipped, new RunOutcome.FailedToStart(shipped.toString()))
        .containsEntry(serving, new RunOutcome.FailedToStart(serving.toString()));
    assertThat(order).containsExactly(shipped, serving);
  }

  @Test
  void noRunsAreNoOutcomes() throws Exception {
    assertThat(AppRuns.start(List.of(), spec -> null).await()).isEmpty();
  }

  @Test
  void anEngineFailureReachesTheCaller() {
    AppRuns runs =
        AppRuns.start(
            List.of(shipped),
            spec -> {
              throw new EngineException("the engine went away");
            });

    assertThatThrownBy(runs::await)
        .isInstanceOf(EngineException.class)
        .hasMessage("the engine went away");
  }

  @Test
  void aBugReachesTheCallerToo() {
    AppRuns runs =
        AppRuns.start(
            List.of(shipped),
            spec -> {
              throw new IllegalStateException("a bug");
            });

    assertThatThrownBy(runs::await).isInstanceOf(IllegalStateException.class).hasMessage("a bug");
  }
}
