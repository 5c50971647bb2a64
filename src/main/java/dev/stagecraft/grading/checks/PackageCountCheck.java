package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.facts.InstalledPackages;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Verdict;
import java.util.Optional;

/**
 * The final image has at most {@code max} OS packages in its dpkg or apk database: each is code to
 * patch and scan. An image without a package database (scratch, distroless static) has none.
 */
public record PackageCountCheck(int max) implements ImageCheck {

  public static PackageCountCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("max");
    int max = params.integer("max", -1);
    if (max < 0) {
      throw params.problem("max", "must be given, 0 or more");
    }
    return new PackageCountCheck(max);
  }

  @Override
  public String type() {
    return "package-count";
  }

  @Override
  public String title() {
    return "At most " + max + " OS packages";
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    Optional<InstalledPackages> packages = InstalledPackages.of(image);
    int count = packages.map(InstalledPackages::count).orElse(0);
    String actual =
        packages
            .map(p -> Shown.count(count, "package", "packages") + " (" + p.manager() + ")")
            .orElse("0 packages (no package database)");
    if (count <= max) {
      return Verdict.pass(
          "The image has " + Shown.count(count, "package", "packages") + ".", actual);
    }
    return Verdict.fail(
        "The image has "
            + count
            + " OS packages; a slimmer base (distroless, scratch, -slim) carries fewer.",
        "at most " + Shown.count(max, "package", "packages"),
        actual);
  }
}
