package dev.stagecraft.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Clones a learner's repository with the git CLI, shallow, at one branch or tag, into a folder of
 * its own. What goes wrong (no such repository, no such ref, no network, a prompt for a password)
 * is that learner's problem, reported as a {@link SubmissionProblem}, never the batch's.
 */
final class GitCheckout {

  private GitCheckout() {}

  /** Clones {@code repository} into {@code target} (which must not exist yet). */
  static void clone(SubmissionSource.GitRepository repository, Path target, Duration timeout)
      throws SubmissionProblem {
    List<String> command =
        new ArrayList<>(
            List.of(
                "git",
                // Transports that run commands of the URL's choosing stay off.
                "-c",
                "protocol.ext.allow=never",
                "clone",
                "--quiet",
                "--depth",
                "1",
                "--single-branch",
                "--no-tags"));
    repository.ref().ifPresent(ref -> command.addAll(List.of("--branch", ref)));
    command.addAll(List.of("--", repository.url(), target.toString()));
    String where = repository.url() + repository.ref().map(ref -> " at " + ref).orElse("");
    Process process;
    Path log = target.resolveSibling(target.getFileName() + ".git-output");
    try {
      // Output goes to a file, so a git that hangs without a word still meets the time limit.
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().put("GIT_TERMINAL_PROMPT", "0");
      builder.environment().put("GIT_ASKPASS", "true");
      builder.environment().put("SSH_ASKPASS", "true");
      builder.environment().put("GIT_SSH_COMMAND", "ssh -o BatchMode=yes");
      process = builder.redirectInput(ProcessBuilder.Redirect.DISCARD.file()).start();
    } catch (IOException e) {
      throw new SubmissionProblem(
          "could not run git to fetch " + where + ": " + e.getMessage() + " (is git installed?)");
    }
    try {
      if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new SubmissionProblem("git did not fetch " + where + " within " + timeout);
      }
      if (process.exitValue() != 0) {
        throw new SubmissionProblem(
            "git could not fetch " + where + ": " + lastLine(Files.readAllBytes(log)));
      }
      if (!Files.isDirectory(target)) {
        throw new SubmissionProblem("git fetched nothing from " + where);
      }
    } catch (IOException e) {
      process.destroyForcibly();
      throw new SubmissionProblem("git could not fetch " + where + ": " + e.getMessage());
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new SubmissionProblem("stopped while fetching " + where);
    } finally {
      try {
        Files.deleteIfExists(log);
      } catch (IOException e) {
        // a log left in the batch's temporary folder goes with it
      }
    }
  }

  private static String lastLine(byte[] output) {
    String text = new String(output, StandardCharsets.UTF_8).strip();
    String[] lines = text.split("\n");
    String last = lines[lines.length - 1].strip();
    return last.isEmpty() ? "(git said nothing)" : last;
  }
}
