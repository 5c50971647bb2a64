package dev.stagecraft.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileIndexTest {

  static FileFact dir(String path) {
    return new FileFact(path, FileKind.DIRECTORY, 0755, 0, 0, 0, Optional.empty());
  }

  static FileFact file(String path) {
    return new FileFact(path, FileKind.FILE, 0755, 0, 0, 100, Optional.empty());
  }

  static FileFact link(String path, String target) {
    return new FileFact(path, FileKind.SYMLINK, 0777, 0, 0, 0, Optional.of(target));
  }

  private final FileIndex merged =
      FileIndex.of(
          List.of(
              link("bin", "usr/bin"),
              dir("usr"),
              dir("usr/bin"),
              file("usr/bin/gcc-12"),
              link("usr/bin/gcc", "gcc-12"),
              link("usr/bin/cc", "/etc/alternatives/cc"),
              dir("etc"),
              dir("etc/alternatives"),
              link("etc/alternatives/cc", "/usr/bin/gcc"),
              link("usr/bin/dangling", "/nowhere"),
              link("loop-a", "loop-b"),
              link("loop-b", "loop-a")));

  @Test
  void relativeLinkResolvesInItsDirectory() {
    assertThat(merged.resolvePath("/usr/bin/gcc")).contains("/usr/bin/gcc-12");
  }

  @Test
  void chainOfAbsoluteLinksResolvesToTheFile() {
    assertThat(merged.resolvePath("/usr/bin/cc")).contains("/usr/bin/gcc-12");
  }

  @Test
  void linkedParentDirectoryIsFollowed() {
    assertThat(merged.resolve("/bin/gcc")).map(FileFact::path).contains("/usr/bin/gcc-12");
  }

  @Test
  void danglingLinkDoesNotExist() {
    assertThat(merged.exists("/usr/bin/dangling")).isFalse();
    assertThat(merged.entry("/usr/bin/dangling")).isPresent();
  }

  @Test
  void linkLoopEndsAsMissing() {
    assertThat(merged.resolve("/loop-a")).isEmpty();
  }

  @Test
  void pathsAreNormalised() {
    assertThat(FileIndex.normalise("./usr/bin/")).isEqualTo("/usr/bin");
    assertThat(FileIndex.normalise("/")).isEqualTo("/");
    assertThat(merged.entry("usr/bin/gcc-12/")).isPresent();
  }

  @Test
  void dotDotClimbsOutOfTheLinkDirectory() {
    FileIndex index =
        FileIndex.of(
            List.of(dir("opt"), dir("opt/go"), file("opt/tool"), link("opt/go/tool", "../tool")));
    assertThat(index.resolvePath("/opt/go/tool")).contains("/opt/tool");
  }

  @Test
  void resolveParentsFollowsDirectoriesButNotTheLastLink() {
    assertThat(merged.resolveParents("/bin/gcc").orElseThrow().path()).isEqualTo("/usr/bin/gcc");
    assertThat(merged.resolveParents("/bin/gcc").orElseThrow().kind()).isEqualTo(FileKind.SYMLINK);
    assertThat(merged.resolveParents("/bin").orElseThrow().kind()).isEqualTo(FileKind.SYMLINK);
    assertThat(merged.resolveParents("/usr/bin/dangling")).isPresent();
    assertThat(merged.resolveParents("/bin/nothing")).isEmpty();
  }
}
