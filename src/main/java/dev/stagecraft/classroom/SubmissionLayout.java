package dev.stagecraft.classroom;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a learner's Dockerfile for an exercise in their submission folder: {@code
 * <exercise-id>/Dockerfile}, or, when a single exercise is graded, a {@code Dockerfile} at the top.
 * A {@code .dockerignore} beside it comes along. Submissions are written by others: a symlink
 * (which could point at any file of the grading machine), a file too big to be a Dockerfile, and
 * bytes that are not text are refused with the reason.
 */
final class SubmissionLayout {

  /** Far above any real Dockerfile; below what would hurt to hold for every learner. */
  static final int MAX_BYTES = 256 * 1024;

  private SubmissionLayout() {}

  static SubmittedFiles find(Path root, String exerciseId, boolean onlyExercise)
      throws SubmissionProblem {
    Path inFolder = root.resolve(exerciseId).resolve("Dockerfile");
    Path atTop = root.resolve("Dockerfile");
    Path dockerfile;
    if (Files.exists(inFolder, LinkOption.NOFOLLOW_LINKS)) {
      dockerfile = inFolder;
    } else if (onlyExercise && Files.exists(atTop, LinkOption.NOFOLLOW_LINKS)) {
      dockerfile = atTop;
    } else {
      throw new SubmissionProblem(
          "no Dockerfile: looked for "
              + exerciseId
              + "/Dockerfile"
              + (onlyExercise ? " and Dockerfile" : ""));
    }
    String shown = root.relativize(dockerfile).toString();
    byte[] bytes = read(root, dockerfile, shown);
    if (bytes.length == 0) {
      throw new SubmissionProblem(shown + " is empty");
    }
    requireText(bytes, shown);
    Path ignore = dockerfile.resolveSibling(".dockerignore");
    Optional<byte[]> ignoreBytes =
        Files.exists(ignore, LinkOption.NOFOLLOW_LINKS)
            ? Optional.of(read(root, ignore, root.relativize(ignore).toString()))
            : Optional.empty();
    if (ignoreBytes.isPresent()) {
      requireText(ignoreBytes.get(), root.relativize(ignore).toString());
    }
    return new SubmittedFiles(shown, bytes, ignoreBytes);
  }

  private static byte[] read(Path root, Path file, String shown) throws SubmissionProblem {
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new SubmissionProblem(
            shown + " is not a regular file (a folder or a symlink): hand in the file itself");
      }
      // A symlinked folder on the way (alice/02 -> /etc) would lead out of the submission.
      if (!file.toRealPath().startsWith(root.toRealPath())) {
        throw new SubmissionProblem(shown + " lies outside the submission (through a symlink)");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new SubmissionProblem(
            shown + " is " + size + " bytes; a Dockerfile is text of a few kilobytes");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new SubmissionProblem("could not read " + shown + ": " + e.getMessage());
    }
  }

  private static void requireText(byte[] bytes, String shown) throws SubmissionProblem {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new SubmissionProblem(
            shown + " is not text (a NUL byte at offset " + i + "): hand in the Dockerfile itself");
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      throw new SubmissionProblem(
          shown + " is not UTF-8 text: hand in the Dockerfile itself, saved as UTF-8");
    }
  }
}
