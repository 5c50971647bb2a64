package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.FileFact;
import dev.stagecraft.facts.FileKind;
import dev.stagecraft.facts.FileScope;
import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Verdict;
import java.util.List;

/**
 * No program in the final image carries the setuid or setgid bit, which would let a process raise
 * its privileges. Debian's own su, passwd and mount have it, so a slim Debian image fails unless
 * they are allowed: the verdict names each file so an author can decide.
 */
public record NoSetuidCheck(List<String> allow) implements ImageCheck {

  /** Enough to name every setuid program of a Debian base, so an author can copy the list. */
  private static final int ALL_OF_DEBIAN = 16;

  public static NoSetuidCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("allow");
    return new NoSetuidCheck(FileParams.optionalAbsolutePaths(params, "allow"));
  }

  @Override
  public String type() {
    return "no-setuid";
  }

  @Override
  public String title() {
    return "No setuid or setgid programs";
  }

  /** A setuid binary can be anywhere, so every path is read. */
  @Override
  public FileScope filesRead() {
    return FileScope.WHOLE;
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    List<String> found =
        image
            .files()
            .find(
                f ->
                    (f.isSetuidOrSetgid() || (f.capabilities() && f.kind() == FileKind.FILE))
                        && !allow.contains(f.path()))
            .stream()
            .map(NoSetuidCheck::describe)
            .toList();
    String expected =
        "no setuid/setgid files" + (allow.isEmpty() ? "" : " besides " + String.join(", ", allow));
    if (found.isEmpty()) {
      return Verdict.pass("No program can raise its privileges.", "none found");
    }
    return Verdict.fail(
        "Programs with the setuid or setgid bit or file capabilities are in the final image: "
            + "remove them (a distroless or scratch base has none), drop the bit with chmod u-s,g-s "
            + "or the capabilities with setcap -r.",
        expected,
        Shown.count(found.size(), "file", "files") + ": " + Shown.first(found, ALL_OF_DEBIAN));
  }

  private static String describe(FileFact f) {
    return f.path()
        + " ("
        + FileModes.octal(f.mode())
        + (f.capabilities() ? ", file capabilities" : "")
        + ")";
  }
}
