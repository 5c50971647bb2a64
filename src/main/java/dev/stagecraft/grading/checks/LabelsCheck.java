package dev.stagecraft.grading.checks;

import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.grading.CheckParams;
import dev.stagecraft.grading.CheckSpecException;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The image carries the named labels, each whole value matching its pattern, e.g. {@code
 * org.opencontainers.image.source: "https://.+"}.
 */
public record LabelsCheck(Map<String, Pattern> labels) implements ImageCheck {

  public static LabelsCheck from(CheckParams params) throws CheckSpecException {
    params.allowOnly("labels");
    Map<String, String> wanted = params.optionalStringMap("labels");
    if (wanted.isEmpty()) {
      throw params.problem("labels", "must map at least one label name to a pattern");
    }
    Map<String, Pattern> labels = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : wanted.entrySet()) {
      labels.put(e.getKey(), FileParams.pattern(params, "labels", e.getValue(), Pattern.DOTALL));
    }
    return new LabelsCheck(labels);
  }

  @Override
  public String type() {
    return "labels";
  }

  @Override
  public String title() {
    return "Labels " + String.join(", ", labels.keySet());
  }

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    Map<String, String> actual = image.config().labels();
    List<String> problems = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (Map.Entry<String, Pattern> want : labels.entrySet()) {
      String name = want.getKey();
      expected.add(name + " matching /" + want.getValue().pattern() + "/");
      String value = actual.get(name);
      if (value == null) {
        problems.add(name + " is missing");
        shown.add(name + " not set");
      } else {
        shown.add(name + "=" + value);
        if (!want.getValue().matcher(value).matches()) {
          problems.add(name + " has the wrong value");
        }
      }
    }
    if (problems.isEmpty()) {
      return Verdict.pass("The image has the labels it should.", String.join(", ", shown));
    }
    return Verdict.fail(
        "Labels are not right: " + String.join("; ", problems) + "; set them with LABEL.",
        String.join(", ", expected),
        String.join(", ", shown));
  }
}
