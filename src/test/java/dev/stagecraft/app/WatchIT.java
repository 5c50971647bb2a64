package dev.stagecraft.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.ExerciseStatus;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.engine.EngineAvailable;
import dev.stagecraft.grading.Grade;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watch mode on a real engine: the starter of a small exercise is checked at once and fails; the
 * Dockerfile is then replaced as vim replaces it (a new file renamed over the old) with the
 * solution, and exactly one more check runs, which passes and is recorded.
 */
@ExtendWith(EngineAvailable.class)
@Timeout(300)
class WatchIT {

  @TempDir Path home;

  private void write(String relative, String content) throws Exception {
    Path file = home.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  @Test
  void aSolutionRenamedOverTheDockerfileIsCheckedOnceAndPasses() throws Exception {
    write(
        "lessons/01-only.md",
        "---\nid: 01-only\ntitle: Only lesson\nexercises: [01-only]\n---\n# Only\n\nText.\n");
    write(
        "exercises/01-only/exercise.yaml",
        "title: Only exercise\nlesson: 01-only\nchecks:\n  - type: non-root-user\n");
    write("exercises/01-only/Dockerfile", "FROM alpine:3.20\n");
    write("exercises/01-only/.dockerignore", ".git\n");
    write("solutions/01-only/Dockerfile", "FROM alpine:3.20\nUSER 65532:65532\n");
    ProgressStore progress = new ProgressStore(home.resolve("state/progress.json"));
    BlockingQueue<Grade> grades = new LinkedBlockingQueue<>();
    Semaphore idle = new Semaphore(0);

    try (Workbench bench = Workbench.open(home, progress, EngineConnector.fromEnvironment())) {
      Exercise exercise = bench.course().exercise("01-only").orElseThrow();
      WatchLoop loop = new WatchLoop();
      WatchLoop.Front front =
          new WatchLoop.Front() {
            @Override
            public void watching(Optional<String> noFileEvents) {
              assertThat(noFileEvents).isEmpty();
            }

            @Override
            public void check() {
              try {
                grades.add(bench.check(exercise, Optional.empty(), e -> {}).grade());
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            }

            @Override
            public void idle() {
              idle.release();
            }

            @Override
            public void cancel() {
              bench.cancelEngineWork();
            }
          };
      Thread watching =
          new Thread(
              () -> {
                try {
                  loop.run(exercise.directory(), exercise.dockerfile(), true, front);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      watching.start();

      Grade starter = grades.poll(120, TimeUnit.SECONDS);
      assertThat(starter).as("the first check, at once").isNotNull();
      assertThat(starter.passed()).isFalse();
      assertThat(idle.tryAcquire(30, TimeUnit.SECONDS)).isTrue();

      Path swap = exercise.directory().resolve(".Dockerfile.swp");
      Files.writeString(swap, "vim's swap file: no save");
      Path written = exercise.directory().resolve("Dockerfile.new");
      Files.copy(exercise.solutionDockerfile(), written);
      Files.move(written, exercise.dockerfile(), StandardCopyOption.ATOMIC_MOVE);
      Files.delete(swap);

      Grade solution = grades.poll(120, TimeUnit.SECONDS);
      assertThat(solution).as("a check after the save").isNotNull();
      assertThat(solution.passed()).isTrue();
      assertThat(idle.tryAcquire(30, TimeUnit.SECONDS)).isTrue();
      assertThat(grades.poll(1500, TimeUnit.MILLISECONDS)).as("one check per save").isNull();

      loop.post(new WatchEvent.LeaveRequested());
      watching.join(30_000);
      assertThat(watching.isAlive()).isFalse();
      assertThat(progress.load().progress().exercise("01-only").status())
          .isEqualTo(ExerciseStatus.PASSED);
      assertThat(progress.load().progress().exercise("01-only").attempts()).isEqualTo(2);
    }
  }
}
