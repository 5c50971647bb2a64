package dev.stagecraft.classroom;

import dev.stagecraft.course.Exercise;
import dev.stagecraft.report.SubmissionResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads each learner's submission (cloning a repository first) into jobs for the queue. What cannot
 * be read becomes that learner's broken result here; an unchanged submission's kept result is
 * reused without queueing it. A clone lives only while its Dockerfiles are read.
 */
final class SubmissionReader {

  private final List<Exercise> exercises;
  private final List<String> digests;
  private final ResultCache cache;
  private final GradeSettings settings;
  private final Path scratch;
  private final JobQueue queue;
  private final Consumer<SubmissionResult> finished;
  private int clones;

  SubmissionReader(
      List<Exercise> exercises,
      List<String> digests,
      ResultCache cache,
      GradeSettings settings,
      Path scratch,
      JobQueue queue,
      Consumer<SubmissionResult> finished) {
    this.exercises = exercises;
    this.digests = digests;
    this.cache = cache;
    this.settings = settings;
    this.scratch = scratch;
    this.queue = queue;
    this.finished = finished;
  }

  /** Reads one learner's work; false when the batch was cancelled. */
  boolean read(SubmissionSource source) throws InterruptedException {
    long start = System.nanoTime();
    Path root;
    Optional<Path> clone = Optional.empty();
    try {
      if (source instanceof SubmissionSource.GitRepository repository) {
        clone = Optional.of(scratch.resolve("clone-" + ++clones));
        GitCheckout.clone(repository, clone.get(), settings.timeout());
        root = clone.get();
      } else {
        root = ((SubmissionSource.Folder) source).directory();
      }
    } catch (SubmissionProblem problem) {
      clone.ifPresent(SubmissionReader::deleteTree);
      for (Exercise exercise : exercises) {
        finished.accept(broken(source, exercise, problem.getMessage(), start));
      }
      return true;
    }
    try {
      for (int i = 0; i < exercises.size(); i++) {
        Exercise exercise = exercises.get(i);
        SubmittedFiles files;
        try {
          files = SubmissionLayout.find(root, exercise.id(), exercises.size() == 1);
        } catch (SubmissionProblem problem) {
          finished.accept(broken(source, exercise, problem.getMessage(), start));
          continue;
        }
        String key = cache.key(exercise.id(), digests.get(i), files);
        Optional<SubmissionResult> kept =
            settings.regrade() ? Optional.empty() : cache.load(key, source.learner());
        if (kept.isPresent()) {
          finished.accept(kept.get());
        } else if (!queue.put(new GradeJob(source.learner(), exercise, files, key))) {
          if (queue.cancelled()) {
            return false;
          }
          // No engine is left: every learner is still read, so missing files are reported.
          finished.accept(broken(source, exercise, ClassGrader.NO_ENGINE_LEFT, start));
        }
      }
      return true;
    } finally {
      clone.ifPresent(SubmissionReader::deleteTree);
    }
  }

  /** A broken result, with {@code reason}, for every learner and exercise that has none. */
  void reportUnread(List<SubmissionSource> sources, List<SubmissionResult> results, String reason) {
    for (SubmissionSource source : sources) {
      for (Exercise exercise : exercises) {
        boolean known;
        synchronized (results) {
          known =
              results.stream()
                  .anyMatch(
                      r ->
                          r.learner().equals(source.learner())
                              && r.exercise().equals(exercise.id()));
        }
        if (!known) {
          finished.accept(SubmissionResult.broken(source.learner(), exercise.id(), reason, 0, ""));
        }
      }
    }
  }

  private static SubmissionResult broken(
      SubmissionSource source, Exercise exercise, String reason, long startNanos) {
    return SubmissionResult.broken(
        source.learner(), exercise.id(), reason, (System.nanoTime() - startNanos) / 1e9, "");
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is the system's to clear
    }
  }
}
