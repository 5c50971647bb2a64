package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.FileFact;
import dev.stagecraft.facts.FileIndex;
import dev.stagecraft.facts.FileScope;
import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * None of the named paths is in the final image. With {@code followLinks} (the default) a link
 * whose target is gone counts as absent, since nothing can use it; without, any entry at the path
 * counts, the link itself included.
 */
public record PathAbsentCheck(List<String> paths, boolean followLinks) implements ImageCheck {

  public static PathAbsentCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("paths", "followLinks");
    return new PathAbsentCheck(
        FileParams.absolutePaths(params, "paths"), params.bool("followLinks", true));
  }

  @Override
  public String type() {
    return "path-absent";
  }

  @Override
  public String title() {
    return "Absent from the image: " + Shown.first(paths);
  }

  @Override
  public FileScope filesRead() {
    return FileScope.paths(paths);
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    List<String> present = new ArrayList<>();
    for (String path : paths) {
      Optional<FileFact> fact =
          followLinks ? image.files().resolve(path) : image.files().resolveParents(path);
      fact.ifPresent(f -> present.add(describe(path, f)));
    }
    String expected = "absent: " + String.join(", ", paths);
    if (present.isEmpty()) {
      return Verdict.pass("None of the paths is in the image.", "none present");
    }
    return Verdict.fail(
        "The image still has " + present.get(0) + ".", expected, String.join("; ", present));
  }

  private static String describe(String path, FileFact fact) {
    return fact.path().equals(FileIndex.normalise(path)) ? path : path + " -> " + fact.path();
  }
}
