package dev.stagecraft.grading.checks;

import dev.stagecraft.dockerfile.StageGraph;
import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Verdict;
import dev.stagecraft.lint.NonRootAdvice;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The final image runs as a user other than root. A named user must exist in the image's
 * /etc/passwd, or the container would not start; a numeric one needs no entry.
 */
public record NonRootUserCheck() implements ImageCheck {

  public static NonRootUserCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly();
    return new NonRootUserCheck();
  }

  @Override
  public Set<String> lintRulesGraded() {
    return Set.of("final-stage-runs-as-root");
  }

  @Override
  public String type() {
    return "non-root-user";
  }

  @Override
  public String title() {
    return "Runs as a non-root user";
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    UserSpec user = UserSpec.parse(image.config().user());
    String shown = user.raw().isBlank() ? "root (no USER set)" : "'" + user.raw() + "'";
    if (user.isRoot()) {
      return Verdict.fail(
          "The container runs as root; add a USER line to the final stage.",
          "a non-root user, e.g. " + advice(image, context).inOneLine(),
          shown);
    }
    if (!user.isNumeric()) {
      Optional<String> passwd = image.captured("/etc/passwd").map(f -> f.text());
      boolean known =
          passwd
              .map(
                  text ->
                      Arrays.stream(text.split("\n"))
                          .anyMatch(line -> line.startsWith(user.user() + ":")))
              .orElse(false);
      if (!known) {
        String where =
            passwd.isPresent()
                ? "is not in /etc/passwd"
                : "cannot be looked up: the image has no /etc/passwd";
        return Verdict.fail(
            "User '" + user.user() + "' " + where + "; use a numeric UID such as 65532.",
            "a user that exists in the image, e.g. " + advice(image, context).inOneLine(),
            shown);
      }
      // What decides is the uid the name stands for: a second name for uid 0 is root.
      if (user.uidIn(passwd.get()).filter(uid -> uid == 0).isPresent()) {
        return Verdict.fail(
            "User '" + user.user() + "' has uid 0 in /etc/passwd: that is root under another name.",
            "a non-root user, e.g. USER 65532:65532",
            shown + " (uid 0)");
      }
    }
    return Verdict.pass("The container runs as " + shown + ".", shown);
  }

  /** Advice that fits the final stage's base, from what the built image holds. */
  private static NonRootAdvice advice(ImageFacts image, GradingContext context) {
    StageGraph stages = context.stages();
    String base = stages.finalStage().map(stages::rootImage).orElse("");
    Optional<String> osRelease =
        image
            .captured("/etc/os-release")
            .or(() -> image.captured("/usr/lib/os-release"))
            .map(f -> f.text());
    return NonRootAdvice.forImage(
        base, image.captured("/etc/passwd").map(f -> f.text()), osRelease, true);
  }
}
