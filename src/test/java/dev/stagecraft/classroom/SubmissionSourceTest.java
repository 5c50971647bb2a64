package dev.stagecraft.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionSourceTest {

  @TempDir Path dir;

  @Test
  void aFolderIsALearnerNamedAfterIt() throws Exception {
    Path alice = Files.createDirectories(dir.resolve("alice"));
    assertThat(SubmissionSource.parse(alice.toString()))
        .isEqualTo(new SubmissionSource.Folder("alice", alice));
  }

  @Test
  void aFolderNamedLikeAFormulaOrWithAnAtIsStillAFolder() throws Exception {
    Path at = Files.createDirectories(dir.resolve("@SUM(1)"));
    Path mail = Files.createDirectories(dir.resolve("bob@school"));
    assertThat(SubmissionSource.parse(at.toString()).learner()).isEqualTo("@SUM(1)");
    assertThat(SubmissionSource.parse(mail.toString())).isInstanceOf(SubmissionSource.Folder.class);
  }

  @Test
  void aLocalRepositoryAtARefIsClonedThroughAFileUrl() throws Exception {
    Path repository = Files.createDirectories(dir.resolve("carol.git"));
    SubmissionSource source = SubmissionSource.parse(repository + "@v1");
    assertThat(source)
        .isEqualTo(
            new SubmissionSource.GitRepository(
                "carol", repository.toUri().toString(), Optional.of("v1")));
  }

  @Test
  void urlsAndScpAddressesWithOrWithoutARef() {
    assertThat(SubmissionSource.parse("https://git.example/class/dave.git@week-3"))
        .isEqualTo(
            new SubmissionSource.GitRepository(
                "dave", "https://git.example/class/dave.git", Optional.of("week-3")));
    assertThat(SubmissionSource.parse("git@git.example:class/erin.git"))
        .isEqualTo(
            new SubmissionSource.GitRepository(
                "erin", "git@git.example:class/erin.git", Optional.empty()));
    assertThat(SubmissionSource.parse("git@git.example:class/erin.git@main"))
        .isEqualTo(
            new SubmissionSource.GitRepository(
                "erin", "git@git.example:class/erin.git", Optional.of("main")));
  }

  @Test
  void aRefThatLooksLikeAnOptionIsNoRef() {
    assertThat(SubmissionSource.parse("https://git.example/x.git@--upload-pack=x"))
        .isInstanceOf(SubmissionSource.GitRepository.class)
        .extracting(s -> ((SubmissionSource.GitRepository) s).ref())
        .isEqualTo(Optional.empty());
  }

  @Test
  void nothingThereIsBadInput() {
    assertThatThrownBy(() -> SubmissionSource.parse(dir.resolve("nobody").toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("give a learner's folder, or a git repository");
  }
}
