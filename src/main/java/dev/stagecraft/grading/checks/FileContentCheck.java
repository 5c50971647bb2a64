package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.CapturedFile;
import dev.stagecraft.facts.FileFact;
import dev.stagecraft.facts.FileKind;
import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Sizes;
import dev.stagecraft.grading.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A file of the final image holds text matching every {@code matches} pattern and none of the
 * {@code excludes} patterns. Its content is captured during the one filesystem read, up to a cap; a
 * verdict on a longer file says that only its beginning was read.
 */
public record FileContentCheck(String path, List<Pattern> matches, List<Pattern> excludes)
    implements ImageCheck {

  public static FileContentCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("path", "matches", "excludes");
    String path = FileParams.absolutePaths(params, "path").get(0);
    List<Pattern> matches = FileParams.patterns(params, "matches");
    List<Pattern> excludes = FileParams.patterns(params, "excludes");
    if (matches.isEmpty() && excludes.isEmpty()) {
      throw params.problem("matches", "or 'excludes' must be given: what should the file hold?");
    }
    return new FileContentCheck(path, matches, excludes);
  }

  @Override
  public String type() {
    return "file-content";
  }

  @Override
  public String title() {
    return "The content of " + path + " is right";
  }

  @Override
  public List<String> filesNeeded() {
    return List.of(path);
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    Optional<FileFact> fact = image.files().resolve(path);
    if (fact.isEmpty()) {
      return Verdict.fail(path + " is not in the image.", expected(), "no such file");
    }
    if (fact.get().kind() != FileKind.FILE && fact.get().kind() != FileKind.HARDLINK) {
      return Verdict.fail(
          path + " is not a regular file.", expected(), "a " + fact.get().kind().name());
    }
    Optional<CapturedFile> captured = image.captured(path);
    if (captured.isEmpty()) {
      return Verdict.error(
          "The content of " + path + " was not read from the image; please report this.");
    }
    String text = captured.get().text();
    List<String> wrong = new ArrayList<>();
    for (Pattern p : matches) {
      if (!p.matcher(text).find()) {
        wrong.add("no match for /" + p.pattern() + "/");
      }
    }
    for (Pattern p : excludes) {
      var m = p.matcher(text);
      if (m.find()) {
        wrong.add("/" + p.pattern() + "/ matches line " + lineOf(text, m.start()));
      }
    }
    String note =
        captured.get().truncated()
            ? " (only the first "
                + Sizes.megabytes(captured.get().content().length)
                + " of "
                + Sizes.megabytes(fact.get().sizeBytes())
                + " were read)"
            : "";
    if (wrong.isEmpty()) {
      return Verdict.pass(path + " holds what it should" + note + ".", "as expected" + note);
    }
    return Verdict.fail(
        path + " does not hold what it should" + note + ".",
        expected(),
        String.join("; ", wrong) + note);
  }

  private String expected() {
    List<String> parts = new ArrayList<>();
    matches.forEach(p -> parts.add("matching /" + p.pattern() + "/"));
    excludes.forEach(p -> parts.add("not matching /" + p.pattern() + "/"));
    return path + " " + String.join(", ", parts);
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
