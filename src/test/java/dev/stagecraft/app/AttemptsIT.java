package dev.stagecraft.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.course.Exercise;
import dev.stagecraft.course.ProgressStore;
import dev.stagecraft.engine.EngineAvailable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real engine, only grading the learner's own exercises/NN-slug/Dockerfile counts as an
 * attempt: {@code check --dockerfile OTHER} and {@code validate} leave the progress alone.
 */
@ExtendWith(EngineAvailable.class)
class AttemptsIT {

  @TempDir Path home;

  private void write(String relative, String content) throws Exception {
    Path file = home.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  @Test
  void onlyTheLearnersOwnFileCountsAsAnAttempt() throws Exception {
    write(
        "lessons/01-only.md",
        "---\nid: 01-only\ntitle: Only lesson\nexercises: [01-only]\n---\n# Only\n\nText.\n");
    write(
        "exercises/01-only/exercise.yaml",
        "title: Only exercise\nlesson: 01-only\nchecks:\n  - type: non-root-user\n");
    write("exercises/01-only/Dockerfile", "FROM alpine:3.20\n");
    write("exercises/01-only/.dockerignore", ".git\n");
    write("solutions/01-only/Dockerfile", "FROM alpine:3.20\nUSER 65532:65532\n");
    write("drafts/Dockerfile", "FROM alpine:3.20\nUSER 1\n");
    ProgressStore progress = new ProgressStore(home.resolve("state/progress.json"));

    try (Workbench bench = Workbench.open(home, progress, EngineConnector.fromEnvironment())) {
      Exercise exercise = bench.course().exercise("01-only").orElseThrow();

      bench.check(exercise, Optional.of(exercise.solutionDockerfile()), e -> {});
      bench.check(exercise, Optional.of(home.resolve("drafts/Dockerfile")), e -> {});
      bench.grade(exercise, Optional.empty(), e -> {});
      assertThat(progress.load().progress().exercise("01-only").attempts()).isZero();

      bench.check(exercise, Optional.empty(), e -> {});
      bench.check(exercise, Optional.of(exercise.dockerfile()), e -> {});
      assertThat(progress.load().progress().exercise("01-only").attempts()).isEqualTo(2);
    }
  }
}
