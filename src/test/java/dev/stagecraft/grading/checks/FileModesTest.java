package dev.stagecraft.grading.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagecraft.facts.FileFact;
import dev.stagecraft.facts.FileKind;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileModesTest {

  @ParameterizedTest
  @CsvSource({
    "FILE, 0755, -rwxr-xr-x",
    "FILE, 0640, -rw-r-----",
    "FILE, 04755, urwxr-xr-x",
    "FILE, 02755, grwxr-xr-x",
    "DIRECTORY, 0755, drwxr-xr-x",
    "DIRECTORY, 01777, dtrwxrwxrwx",
    "SYMLINK, 0777, Lrwxrwxrwx",
  })
  void modesReadAsGoWritesThem(FileKind kind, String octal, String expected) {
    FileFact fact = new FileFact("/x", kind, Integer.parseInt(octal, 8), 0, 0, 0, Optional.empty());
    assertThat(FileModes.goString(fact)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0755, 493", "755, 493", "4755, 2541", "0, 0"})
  void octalModesParse(String text, int expected) {
    assertThat(FileModes.parseOctal(text)).isEqualTo(expected);
    assertThat(FileModes.parseOctal(FileModes.octal(expected))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0799", "rwx", "''", "123456"})
  void nonOctalModesAreRefused(String text) {
    assertThatThrownBy(() -> FileModes.parseOctal(text))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
