package dev.stagecraft.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stagecraft.course.AtomicFiles;
import dev.stagecraft.course.Exercise;
import dev.stagecraft.report.JsonReport;
import dev.stagecraft.report.SubmissionJson;
import dev.stagecraft.report.SubmissionResult;
import dev.stagecraft.report.SubmissionStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Results of submissions already graded, by content: the same Dockerfile (and .dockerignore) for
 * the same exercise files, check specs and stagecraft version grades the same, so it is not built
 * again. One small JSON file per result, in a folder of its own. Only real grades (pass, fail) are
 * kept: a broken submission may be a passing one that ran out of time on a busy machine.
 */
final class ResultCache {

  private final Path directory;
  private final String toolVersion;

  ResultCache(Path directory, String toolVersion) {
    this.directory = directory;
    this.toolVersion = toolVersion;
  }

  /** The content hash of a submission for an exercise whose files digest to {@code exercise}. */
  String key(String exerciseId, String exerciseDigest, SubmittedFiles files) {
    MessageDigest sha = sha256();
    for (String part : List.of("stagecraft-grade-1", toolVersion, exerciseId, exerciseDigest)) {
      sha.update(part.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    sha.update(Integer.toString(files.dockerfile().length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) 0);
    sha.update(files.dockerfile());
    files
        .dockerignore()
        .ifPresent(
            ignore -> {
              sha.update((byte) 1);
              sha.update(ignore);
            });
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * A digest of everything of an exercise that grading reads: its folder (context, exercise.yaml
   * with the checks) and its reference solution's folder.
   */
  static String exerciseDigest(Exercise exercise) throws IOException {
    MessageDigest sha = sha256();
    for (Path folder :
        List.of(exercise.directory(), exercise.solutionDockerfile().toAbsolutePath().getParent())) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(folder)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path file : files) {
        sha.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Files.readAllBytes(file));
        sha.update((byte) 0);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The result stored under {@code key}, for {@code learner}; empty when none or unreadable. */
  Optional<SubmissionResult> load(String key, String learner) {
    Path file = directory.resolve(key + ".json");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode node = JsonReport.mapper().readTree(file.toFile());
      SubmissionResult stored = SubmissionJson.fromJson(node);
      // The same Dockerfile handed in by two learners is graded once; each keeps their own name.
      return Optional.of(
          new SubmissionResult(
              learner,
              stored.exercise(),
              stored.status(),
              stored.reason(),
              stored.checksPassed(),
              stored.checksTotal(),
              stored.failedChecks(),
              stored.imageBytes(),
              stored.seconds(),
              stored.engine(),
              true,
              stored.grade()));
    } catch (IOException | IllegalArgumentException e) {
      // A damaged entry costs one more grade, never the batch.
      return Optional.empty();
    }
  }

  /** Keeps a pass or fail; a broken result is never kept. Failing to write costs nothing. */
  void store(String key, SubmissionResult result) {
    if (result.status() == SubmissionStatus.BROKEN) {
      return;
    }
    try {
      Files.createDirectories(directory);
      AtomicFiles.write(
          directory.resolve(key + ".json"), JsonReport.write(SubmissionJson.toJson(result)));
    } catch (IOException e) {
      // The result stands in this run's reports; the next run grades it again.
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
