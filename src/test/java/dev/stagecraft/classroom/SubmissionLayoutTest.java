package dev.stagecraft.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionLayoutTest {

  private static final String ID = "02-name-your-stages";

  @TempDir Path root;

  @Test
  void findsTheExerciseFolderFirstThenTheTopForASingleExercise() throws Exception {
    Files.writeString(root.resolve("Dockerfile"), "FROM scratch\n");
    assertThat(
            new String(SubmissionLayout.find(root, ID, true).dockerfile(), StandardCharsets.UTF_8))
        .isEqualTo("FROM scratch\n");
    assertThatThrownBy(() -> SubmissionLayout.find(root, ID, false))
        .hasMessage("no Dockerfile: looked for " + ID + "/Dockerfile");
    Files.createDirectories(root.resolve(ID));
    Files.writeString(root.resolve(ID).resolve("Dockerfile"), "FROM alpine:3.20\n");
    Files.writeString(root.resolve(ID).resolve(".dockerignore"), ".git\n");
    SubmittedFiles files = SubmissionLayout.find(root, ID, true);
    assertThat(files.shownPath()).isEqualTo(ID + "/Dockerfile");
    assertThat(files.dockerignore()).isPresent();
  }

  @Test
  void refusesGarbageEmptinessHugeFilesAndSymlinks() throws Exception {
    Path file = root.resolve("Dockerfile");
    Files.write(file, new byte[] {'F', 0, 'R'});
    assertThatThrownBy(() -> SubmissionLayout.find(root, ID, true))
        .hasMessageContaining("NUL byte");
    Files.write(file, new byte[] {'F', (byte) 0xe9, 'R'});
    assertThatThrownBy(() -> SubmissionLayout.find(root, ID, true)).hasMessageContaining("UTF-8");
    Files.write(file, new byte[0]);
    assertThatThrownBy(() -> SubmissionLayout.find(root, ID, true)).hasMessageContaining("empty");
    Files.write(file, new byte[SubmissionLayout.MAX_BYTES + 1]);
    assertThatThrownBy(() -> SubmissionLayout.find(root, ID, true))
        .hasMessageContaining("a Dockerfile is text of a few kilobytes");
    Files.delete(file);
    Files.createSymbolicLink(file, Path.of("/etc/passwd"));
    assertThatThrownBy(() -> SubmissionLayout.find(root, ID, true)).hasMessageContaining("symlink");
  }

  @Test
  void aSymlinkedExerciseFolderCannotLeadOut() throws Exception {
    Path outside = Files.createTempDirectory("outside");
    Files.writeString(outside.resolve("Dockerfile"), "FROM scratch\n");
    Files.createSymbolicLink(root.resolve(ID), outside);
    assertThatThrownBy(() -> SubmissionLayout.find(root, ID, true))
        .hasMessageContaining("outside the submission");
  }
}
