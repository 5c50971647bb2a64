package dev.stagecraft.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The watch loop fed events by hand (file watching off), with a check that waits to be let go. */
@Timeout(20)
class WatchLoopTest {

  @TempDir Path context;

  /** A front whose checks block until the test releases them, and which logs what it was told. */
  private static final class Recording implements WatchLoop.Front {
    final List<String> log = new CopyOnWriteArrayList<>();
    final AtomicInteger checks = new AtomicInteger();
    final Semaphore release = new Semaphore(0);
    final Semaphore started = new Semaphore(0);
    final Semaphore idle = new Semaphore(0);
    final CountDownLatch cancelled = new CountDownLatch(1);

    @Override
    public void watching(Optional<String> noFileEvents) {
      log.add("watching " + noFileEvents.orElse("files"));
    }

    @Override
    public void check() {
      checks.incrementAndGet();
      log.add("check");
      started.release();
      try {
        release.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void queuedAfterThisCheck() {
      log.add("queued");
    }

    @Override
    public void idle() {
      log.add("idle");
      idle.release();
    }

    @Override
    public void cancel() {
      log.add("cancel");
      cancelled.countDown();
      release.release();
    }
  }

  private Thread start(WatchLoop loop, Recording front) {
    Thread thread =
        new Thread(
            () -> {
              try {
                loop.run(context, context.resolve("Dockerfile"), false, front);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    thread.start();
    return thread;
  }

  private static WatchLoop loop() {
    return new WatchLoop(
        new CheckScheduler(Duration.ofMillis(50)),
        () -> TimeUnit.NANOSECONDS.toMillis(System.nanoTime()));
  }

  @Test
  void savesDuringACheckMakeExactlyOneMore() throws Exception {
    WatchLoop loop = loop();
    Recording front = new Recording();
    Thread thread = start(loop, front);

    assertThat(front.started.tryAcquire(5, TimeUnit.SECONDS)).as("first check").isTrue();
    for (int i = 0; i < 5; i++) {
      loop.post(new WatchEvent.FileChanged(context.resolve("Dockerfile")));
    }
    Thread.sleep(100);
    front.release.release();
    assertThat(front.started.tryAcquire(5, TimeUnit.SECONDS)).as("the re-run").isTrue();
    front.release.release();
    assertThat(front.idle.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(200);

    loop.post(new WatchEvent.LeaveRequested());
    thread.join(5_000);
    assertThat(thread.isAlive()).isFalse();
    assertThat(front.checks).hasValue(2);
    assertThat(front.log)
        .containsExactly(
            "watching file watching is turned off", "check", "queued", "check", "idle");
  }

  @Test
  void aBurstOfSavesWhileIdleChecksOnce() throws Exception {
    WatchLoop loop = loop();
    Recording front = new Recording();
    Thread thread = start(loop, front);
    assertThat(front.started.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
    front.release.release();
    assertThat(front.idle.tryAcquire(5, TimeUnit.SECONDS)).isTrue();

    for (int i = 0; i < 3; i++) {
      loop.post(new WatchEvent.FileChanged(context.resolve("main.go")));
      Thread.sleep(10);
    }
    assertThat(front.started.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
    front.release.release();
    assertThat(front.idle.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
    loop.post(new WatchEvent.CheckRequested());
    assertThat(front.started.tryAcquire(5, TimeUnit.SECONDS)).as("Enter checks").isTrue();
    front.release.release();
    assertThat(front.idle.tryAcquire(5, TimeUnit.SECONDS)).isTrue();

    loop.post(new WatchEvent.LeaveRequested());
    thread.join(5_000);
    assertThat(front.checks).hasValue(3);
  }

  @Test
  void leavingDuringACheckStopsItAndWaitsForIt() throws Exception {
    WatchLoop loop = loop();
    Recording front = new Recording();
    Thread thread = start(loop, front);
    assertThat(front.started.tryAcquire(5, TimeUnit.SECONDS)).isTrue();

    loop.post(new WatchEvent.LeaveRequested());

    assertThat(front.cancelled.await(5, TimeUnit.SECONDS)).isTrue();
    thread.join(5_000);
    assertThat(thread.isAlive()).isFalse();
    assertThat(front.log).endsWith("check", "cancel");
  }
}
