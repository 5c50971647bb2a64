package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Verdict;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An environment variable of the image config is set (its whole value matching {@code value} when
 * given), or with {@code absent} is not set at all, e.g. no build-time secret left in ENV.
 */
public record EnvCheck(String name, Optional<Pattern> value, boolean absent) implements ImageCheck {

  public static EnvCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("name", "value", "absent");
    String name = params.string("name");
    boolean absent = params.bool("absent", false);
    Optional<String> regex = params.optionalString("value");
    if (absent && regex.isPresent()) {
      throw params.problem("value", "cannot be given with 'absent: true'");
    }
    Optional<Pattern> value = Optional.empty();
    if (regex.isPresent()) {
      value = Optional.of(FileParams.pattern(params, "value", regex.get(), Pattern.DOTALL));
    }
    return new EnvCheck(name, value, absent);
  }

  @Override
  public String type() {
    return "env";
  }

  @Override
  public String title() {
    if (absent) {
      return name + " is not set";
    }
    return name + " is set" + value.map(p -> " to /" + p.pattern() + "/").orElse("");
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    Optional<String> actual = image.config().envValue(name);
    String shown = actual.map(v -> name + "=" + v).orElse(name + " not set");
    if (absent) {
      return actual.isEmpty()
          ? Verdict.pass(name + " is not set.", shown)
          : Verdict.fail(
              name + " is set in the image config; anyone who pulls the image can read it.",
              name + " not set",
              shown);
    }
    String expected = name + value.map(p -> " matching /" + p.pattern() + "/").orElse(" set");
    if (actual.isEmpty()) {
      return Verdict.fail(name + " is not set; add ENV " + name + "=...", expected, shown);
    }
    if (value.isPresent() && !value.get().matcher(actual.get()).matches()) {
      return Verdict.fail(name + " has the wrong value.", expected, shown);
    }
    return Verdict.pass(name + " is set as it should be.", shown);
  }
}
