package dev.stagecraft.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The bounded queue between the reader of submissions and the engines' workers. Bounded, so that a
 * class of a hundred repositories is not cloned all at once ahead of the engines; shared, so that
 * whichever worker is free takes the next job and a fast engine ends up grading more. Work an
 * engine could not finish (it went away) goes back in front of the queue for the others.
 */
final class JobQueue {

  private static final long POLL_MILLIS = 200;

  private final BlockingQueue<GradeJob> fresh;
  private final ConcurrentLinkedDeque<GradeJob> returned = new ConcurrentLinkedDeque<>();
  private final AtomicInteger liveWorkers = new AtomicInteger();
  private volatile boolean producing = true;
  private volatile boolean cancelled;

  JobQueue(int capacity) {
    this.fresh = new ArrayBlockingQueue<>(Math.max(1, capacity));
  }

  void workerStarted() {
    liveWorkers.incrementAndGet();
  }

  void workerEnded() {
    liveWorkers.decrementAndGet();
  }

  /** Whether any worker is still taking jobs. */
  boolean hasWorkers() {
    return liveWorkers.get() > 0;
  }

  /**
   * Waits for room and queues the job; false when the batch was cancelled or no worker is left to
   * take it.
   */
  boolean put(GradeJob job) throws InterruptedException {
    return offerWhile(job, () -> !cancelled && hasWorkers());
  }

  private boolean offerWhile(GradeJob job, BooleanSupplier keepTrying) throws InterruptedException {
    while (keepTrying.getAsBoolean()) {
      if (fresh.offer(job, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        return true;
      }
    }
    return false;
  }

  /** No more jobs will be put. */
  void finishProducing() {
    producing = false;
  }

  /** The next job; empty when there are none left or the batch was cancelled. */
  Optional<GradeJob> take() throws InterruptedException {
    while (!cancelled) {
      GradeJob job = returned.pollFirst();
      if (job == null) {
        job = fresh.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
      }
      if (job != null) {
        return Optional.of(job);
      }
      if (!producing && fresh.isEmpty() && returned.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Gives back a job its worker could not grade (its engine went away). */
  void giveBack(GradeJob job) {
    returned.addFirst(job);
  }

  /** Stops handing out jobs. */
  void cancel() {
    cancelled = true;
  }

  boolean cancelled() {
    return cancelled;
  }

  /** Takes every job still waiting (when no engine is left to grade them). */
  List<GradeJob> drain() {
    List<GradeJob> left = new ArrayList<>();
    GradeJob job;
    while ((job = returned.pollFirst()) != null) {
      left.add(job);
    }
    fresh.drainTo(left);
    return left;
  }
}
