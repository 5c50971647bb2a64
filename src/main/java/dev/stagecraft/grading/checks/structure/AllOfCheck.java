package dev.stagecraft.grading.checks.structure;

import dev.stagecraft.facts.ImageFacts;
import dev.stagecraft.grading.Check;
import dev.stagecraft.grading.GradingContext;
import dev.stagecraft.grading.ImageCheck;
import dev.stagecraft.grading.Status;
import dev.stagecraft.grading.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Several image checks judged as one, as a structure test's metadataTest is one test with many
 * assertions: it passes when all pass, and a failure lists what each failing part expected.
 */
record AllOfCheck(String type, String title, List<Check> parts) implements ImageCheck {

  @Override
  public Verdict evaluate(ImageFacts image, GradingContext context) {
    List<String> messages = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (Check part : parts) {
      Verdict verdict = part.evaluate(context);
      if (verdict.status() == Status.ERROR) {
        return verdict;
      }
      if (verdict.status() == Status.FAIL) {
        messages.add(verdict.message());
        verdict.expected().ifPresent(expected::add);
        verdict.actual().ifPresent(actual::add);
      }
    }
    if (messages.isEmpty()) {
      return Verdict.pass("All " + parts.size() + " metadata assertions hold.");
    }
    return Verdict.fail(
        String.join(" ", messages), String.join("; ", expected), String.join("; ", actual));
  }
}
