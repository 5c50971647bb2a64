package dev.stagecraft.facts;

import static dev.stagecraft.facts.FileIndexTest.dir;
import static dev.stagecraft.facts.FileIndexTest.file;
import static dev.stagecraft.facts.FileIndexTest.link;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A partial index answers for what was read and refuses the rest instead of calling it absent. */
class PartialFileIndexTest {

  /** A stat gives no owner: -1 marks the entries a walk only passed through. */
  private static FileFact statted(String path, FileKind kind, Optional<String> target) {
    return new FileFact(path, kind, 0755, -1, -1, 0, target);
  }

  /**
   * /usr/bin was listed whole; /etc/passwd and a missing /app were looked up; /bin and /usr were
   * only passed through on the way to /usr/bin.
   */
  private final FileIndex partial =
      FileIndex.partial(
          List.of(
              dir("/usr/bin"),
              file("/usr/bin/gcc-12"),
              link("/usr/bin/cc", "gcc-12"),
              link("/usr/bin/awk", "/etc/alternatives/awk"),
              new FileFact("/etc/passwd", FileKind.FILE, 0644, 0, 0, 900, Optional.empty())),
          List.of(
              statted("/bin", FileKind.SYMLINK, Optional.of("/usr/bin")),
              statted("/usr", FileKind.DIRECTORY, Optional.empty()),
              statted("/etc", FileKind.DIRECTORY, Optional.empty()),
              statted("/etc/alternatives", FileKind.DIRECTORY, Optional.empty()),
              statted("/etc/alternatives/awk", FileKind.SYMLINK, Optional.of("/opt/mawk"))),
          Set.of("/etc/passwd", "/app"),
          Set.of("/usr/bin"));

  @Test
  void answersThroughPassedThroughLinksIntoAListedDirectory() {
    assertThat(partial.isComplete()).isFalse();
    assertThat(partial.resolve("/bin/cc")).map(FileFact::path).contains("/usr/bin/gcc-12");
    assertThat(partial.resolve("/bin/cc").orElseThrow().uid()).isZero();
  }

  @Test
  void knowsWhatIsAbsentWhereItLookedOrListed() {
    assertThat(partial.resolve("/app")).isEmpty();
    assertThat(partial.resolve("/usr/bin/make")).isEmpty();
    assertThat(partial.resolve("/bin/make")).isEmpty();
  }

  @Test
  void giveKindsButNeverOwnersOfWhatItOnlyPassedThrough() {
    assertThat(partial.resolveKind("/usr")).contains(FileKind.DIRECTORY);
    assertThatThrownBy(() -> partial.resolve("/usr"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/usr was not read");
    assertThatThrownBy(() -> partial.entry("/bin")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesPathsNobodyAskedFor() {
    assertThatThrownBy(() -> partial.resolve("/etc/shadow"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/etc/shadow")
        .hasMessageContaining("FileScope");
    // The link leads out of the listed directory to a path never read.
    assertThatThrownBy(() -> partial.resolveKind("/usr/bin/awk"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/opt");
  }

  @Test
  void listsOnlyListedDirectoriesAndNeverScansEverything() {
    assertThat(partial.children("/usr/bin"))
        .extracting(FileFact::path)
        .containsExactly("/usr/bin/awk", "/usr/bin/cc", "/usr/bin/gcc-12");
    assertThatThrownBy(() -> partial.children("/etc")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> partial.find(f -> true)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(partial::all).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aCompleteIndexListsAnyDirectory() {
    FileIndex complete = FileIndex.of(List.of(dir("/etc"), file("/etc/hosts"), dir("/etc/ssl")));
    assertThat(complete.isComplete()).isTrue();
    assertThat(complete.children("/etc"))
        .extracting(FileFact::path)
        .containsExactly("/etc/hosts", "/etc/ssl");
    assertThat(complete.children("/")).extracting(FileFact::path).containsExactly("/etc");
  }

  @Test
  void scopesCombine() {
    FileScope combined =
        FileScope.paths(List.of("/app/")).and(FileScope.PATH_DIRECTORIES).and(FileScope.NONE);
    assertThat(combined.paths()).containsExactly("/app");
    assertThat(combined.pathDirectories()).isTrue();
    assertThat(combined.whole()).isFalse();
    assertThat(combined.and(FileScope.WHOLE).whole()).isTrue();
  }
}
