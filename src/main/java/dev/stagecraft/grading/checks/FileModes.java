package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.FileFact;
import dev.stagecraft.facts.FileKind;
import java.util.Locale;

/** File modes written the ways people compare them: octal ("0755") and ls-like ("-rwxr-xr-x"). */
public final class FileModes {
  private FileModes() {}

  /** Four octal digits, the setuid/setgid/sticky digit first: "0755", "4755". */
  public static String octal(int mode) {
    return String.format(Locale.ROOT, "%04o", mode & 07777);
  }

  /**
   * Reads "0755", "755" or "4755"; empty text or a digit above 7 is refused.
   *
   * @throws IllegalArgumentException when the text is not an octal mode
   */
  public static int parseOctal(String text) {
    String t = text.trim();
    if (t.isEmpty() || t.length() > 5 || !t.chars().allMatch(c -> c >= '0' && c <= '7')) {
      throw new IllegalArgumentException("'" + text + "' is not an octal mode like \"0755\"");
    }
    return Integer.parseInt(t, 8);
  }

  /**
   * The mode as Go's {@code os.FileMode.String()} writes it, which container-structure-test
   * compares: a type letter ("d" directory, "L" link) or "-", "u"/"g"/"t" for setuid, setgid and
   * sticky, then rwx three times. A setuid program reads "urwxr-xr-x".
   */
  public static String goString(FileFact file) {
    StringBuilder out = new StringBuilder();
    if (file.kind() == FileKind.DIRECTORY) {
      out.append('d');
    } else if (file.kind() == FileKind.SYMLINK) {
      out.append('L');
    }
    int mode = file.mode();
    if ((mode & 04000) != 0) {
      out.append('u');
    }
    if ((mode & 02000) != 0) {
      out.append('g');
    }
    if ((mode & 01000) != 0) {
      out.append('t');
    }
    if (out.length() == 0) {
      out.append('-');
    }
    String rwx = "rwxrwxrwx";
    for (int bit = 8; bit >= 0; bit--) {
      out.append((mode & (1 << bit)) != 0 ? rwx.charAt(8 - bit) : '-');
    }
    return out.toString();
  }
}
