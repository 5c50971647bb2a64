package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImagePathsTest {

  @ParameterizedTest
  @CsvSource({
    "etc/passwd, /etc/passwd",
    "./usr/bin/, /usr/bin",
    "., /",
    "a//b/../c, /a/c",
    "../../x, /x",
  })
  void normalizesTarNamesToAbsolutePaths(String tarName, String expected) {
    assertThat(ImagePaths.absolute(tarName)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "/etc/os-release, ../usr/lib/os-release, /usr/lib/os-release",
    "/bin, usr/bin, /usr/bin",
    "/usr/bin/python3, python3.11, /usr/bin/python3.11",
    "/a/b, /c/d, /c/d",
    "/x, ../../../y, /y",
  })
  void resolvesSymlinksInsideTheImage(String link, String target, String expected) {
    assertThat(ImagePaths.resolveLink(link, target)).isEqualTo(expected);
  }

  @Test
  void mapsTarEntriesToFileEntries() {
    TarArchiveEntry file = new TarArchiveEntry("usr/bin/su");
    file.setMode(0104755);
    file.setSize(72000);
    file.setIds(0, 0);
    FileEntry su = ImagePaths.fileEntry(file);
    assertThat(su.path()).isEqualTo("/usr/bin/su");
    assertThat(su.type()).isEqualTo(FileType.FILE);
    assertThat(su.permissions()).isEqualTo(04755);
    assertThat(su.size()).isEqualTo(72000);
    assertThat(su.isExecutable()).isTrue();

    TarArchiveEntry link = new TarArchiveEntry("bin", TarArchiveEntry.LF_SYMLINK);
    link.setLinkName("usr/bin");
    assertThat(ImagePaths.fileEntry(link).linkTarget()).contains("usr/bin");
    assertThat(ImagePaths.fileEntry(link).type()).isEqualTo(FileType.SYMLINK);

    TarArchiveEntry hard = new TarArchiveEntry("usr/bin/perl5", TarArchiveEntry.LF_LINK);
    hard.setLinkName("usr/bin/perl");
    assertThat(ImagePaths.fileEntry(hard).type()).isEqualTo(FileType.HARDLINK);
    assertThat(ImagePaths.fileEntry(hard).linkTarget()).contains("/usr/bin/perl");
    assertThat(ImagePaths.fileEntry(hard).size()).isZero();

    TarArchiveEntry dir = new TarArchiveEntry("tmp/");
    dir.setMode(041777);
    assertThat(ImagePaths.fileEntry(dir).path()).isEqualTo("/tmp");
    assertThat(ImagePaths.fileEntry(dir).permissions()).isEqualTo(01777);
    assertThat(ImagePaths.fileEntry(dir).type()).isEqualTo(FileType.DIRECTORY);
  }
}
