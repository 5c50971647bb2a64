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

class HttpCheckTest {

  private final RunSpec serve = RunSpec.serving(8080, "/health", Duration.ofSeconds(10));
  private final HttpCheck okBody = new HttpCheck(serve, 200, Optional.of(Pattern.compile("ok")));

  @Test
  void expectedStatusAndBodyPass() {
    var verdict =
        okBody.evaluate(
            image()
                .run(
                    serve,
                    new RunOutcome.Served(200, "{\"status\":\"ok\"}", Duration.ofMillis(300)))
                .context());
    assertThat(verdict.status()).isEqualTo(Status.PASS);
  }

  @Test
  void otherStatusFailsNamingIt() {
    var verdict =
        okBody.evaluate(
            image()
                .run(serve, new RunOutcome.Served(503, "starting", Duration.ofMillis(300)))
                .context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual()).hasValueSatisfying(a -> assertThat(a).startsWith("status 503"));
  }

  @Test
  void silentServerFailsWithWhatItPrinted() {
    var verdict =
        okBody.evaluate(
            image()
                .run(
                    serve,
                    new RunOutcome.NotServing(
                        "nothing answered on port 8080 within 10 s", "listening on :9090"))
                .context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual())
        .hasValueSatisfying(a -> assertThat(a).contains("listening on :9090"));
  }

  @Test
  void aPassShowsThePartOfTheBodyThatMatched() {
    String page = "<!DOCTYPE html>\n<head>" + "<meta>".repeat(60) + "</head><h1>ok</h1>";
    var verdict =
        okBody.evaluate(
            image().run(serve, new RunOutcome.Served(200, page, Duration.ofMillis(300))).context());
    assertThat(verdict.status()).isEqualTo(Status.PASS);
    assertThat(verdict.actual())
        .hasValueSatisfying(a -> assertThat(a).contains("\"…ok</h1>\"").doesNotContain("DOCTYPE"));
  }

  @Test
  void aServerThatGaveUpShowsTheEndOfItsLog() {
    String log =
        "[warn] the \"user\" directive makes sense only if the master process runs as root\n"
            + "x".repeat(300)
            + "\n[emerg] mkdir() \"/var/lib/nginx/body\" failed (13: Permission denied)";
    var verdict =
        okBody.evaluate(
            image()
                .run(serve, new RunOutcome.NotServing("the app exited with code 1", log))
                .context());
    assertThat(verdict.actual())
        .hasValueSatisfying(
            a -> assertThat(a).contains("Permission denied").doesNotContain("[warn]"));
  }
}
