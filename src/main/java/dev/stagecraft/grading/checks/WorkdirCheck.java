package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.FileIndex;
import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Verdict;

/** The image's working directory is {@code path}; an image without WORKDIR works in "/". */
public record WorkdirCheck(String path) implements ImageCheck {

  public static WorkdirCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("path");
    return new WorkdirCheck(FileParams.absolutePaths(params, "path").get(0));
  }

  @Override
  public String type() {
    return "workdir";
  }

  @Override
  public String title() {
    return "Works in " + path;
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    String raw = image.config().workingDir();
    String actual = raw.isBlank() ? "/" : FileIndex.normalise(raw);
    if (actual.equals(path)) {
      return Verdict.pass("The working directory is " + actual + ".", actual);
    }
    return Verdict.fail(
        "The working directory is " + actual + "; set it with WORKDIR " + path + ".",
        path,
        actual + (raw.isBlank() ? " (no WORKDIR set)" : ""));
  }
}
