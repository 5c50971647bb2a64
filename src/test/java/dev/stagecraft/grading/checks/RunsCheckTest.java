package dev.stagecraft.grading.checks;

import static dev.stagecraft.grading.ImageFactsFixture.image;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.facts.RunOutcome;
import dev.stagecraft.facts.RunSpec;
import dev.stagecraft.grading.Status;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RunsCheckTest {

  private final RunSpec run = RunSpec.asShipped(Duration.ofSeconds(10));
  private final RunsCheck greets =
      new RunsCheck(run, 0, Optional.of(Pattern.compile("hello from")));

  private static RunOutcome finished(int code, String stdout, boolean timedOut) {
    return new RunOutcome.Finished(code, stdout, "", timedOut, Duration.ofMillis(30));
  }

  @Test
  void expectedOutputAndExitCodePass() {
    var verdict =
        greets.evaluate(
            image().run(run, finished(0, "stagecraft: hello from Go\n", false)).context());
    assertThat(verdict.status()).isEqualTo(Status.PASS);
  }

  @Test
  void wrongExitCodeFails() {
    var verdict = greets.evaluate(image().run(run, finished(3, "hello from Go", false)).context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual()).hasValueSatisfying(a -> assertThat(a).startsWith("exit code 3"));
  }

  @Test
  void missingOutputFails() {
    var verdict = greets.evaluate(image().run(run, finished(0, "something else", false)).context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).contains("output");
  }

  @Test
  void timeoutFails() {
    var verdict = greets.evaluate(image().run(run, finished(137, "", true)).context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual()).hasValueSatisfying(a -> assertThat(a).contains("still running"));
  }

  @Test
  void containerThatCannotStartFails() {
    var verdict =
        greets.evaluate(
            image()
                .run(run, new RunOutcome.FailedToStart("exec: \"/greeter\": no such file"))
                .context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).contains("no such file");
  }

  @Test
  void noImageSkips() {
    var verdict =
        greets.evaluate(dev.stagecraft.grading.ImageFactsFixture.contextFor("FROM scratch\n"));
    assertThat(verdict.status()).isEqualTo(Status.SKIPPED);
  }

  @org.junit.jupiter.api.Test
  void aPlainTextOutputIsTitledInQuotesARegexBetweenSlashes() {
    assertThat(Shown.pattern("hello from a static Go binary"))
        .isEqualTo("\u201chello from a static Go binary\u201d");
    assertThat(Shown.pattern("costs \\$5\\.")).isEqualTo("\u201ccosts $5.\u201d");
    assertThat(Shown.pattern("(?s)19:00 CEST.*trusts")).isEqualTo("/(?s)19:00 CEST.*trusts/");
  }
}
