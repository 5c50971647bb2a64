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

  private final RunSpec site =
      RunSpec.serving(
          8080, java.util.List.of("/", "/about.html", "/style.css"), Duration.ofSeconds(10));
  private final HttpCheck wholeSite =
      new HttpCheck(
          site,
          java.util.List.of(
              new HttpCheck.Request("/", 200, Optional.of(Pattern.compile("<h1>Home</h1>"))),
              new HttpCheck.Request("/about.html", 200, Optional.of(Pattern.compile("<h1>About"))),
              new HttpCheck.Request("/style.css", 200, Optional.empty())));

  private static RunOutcome.Answer answer(int status, String body) {
    return new RunOutcome.Answer(Optional.of(status), body, Optional.empty());
  }

  @Test
  void everyPathOfASiteMustAnswer() {
    var all =
        new RunOutcome.Served(
            200,
            "<h1>Home</h1>",
            Duration.ofMillis(100),
            java.util.Map.of(
                "/about.html",
                answer(200, "<h1>About us</h1>"),
                "/style.css",
                answer(200, "body{}")));
    assertThat(wholeSite.evaluate(image().run(site, all).context()).status())
        .isEqualTo(Status.PASS);
    assertThat(wholeSite.title())
        .isEqualTo("GET /, /about.html, /style.css on port 8080 answer 200");
  }

  @Test
  void aSiteThatAnswersOnlyTheProbePathFailsNamingEachMissingPath() {
    var indexOnly =
        new RunOutcome.Served(
            200,
            "<h1>Home</h1>",
            Duration.ofMillis(100),
            java.util.Map.of(
                "/about.html", answer(404, "Not Found"), "/style.css", answer(404, "Not Found")));
    var verdict = wholeSite.evaluate(image().run(site, indexOnly).context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message())
        .contains("2 paths of 3")
        .contains("/about.html (status 404)")
        .contains("/style.css (status 404)");
  }

  @Test
  void aServerThatAnswersEveryPathWithTheSamePageFailsOnTheBody() {
    var fallback =
        new RunOutcome.Served(
            200,
            "<h1>Home</h1>",
            Duration.ofMillis(100),
            java.util.Map.of(
                "/about.html",
                answer(200, "<h1>Home</h1>"),
                "/style.css",
                answer(200, "<h1>Home</h1>")));
    var verdict = wholeSite.evaluate(image().run(site, fallback).context());
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.message()).contains("/about.html (body").doesNotContain("/style.css");
  }

  @Test
  void pathsAreReadAsTextsOrMaps() throws Exception {
    var check =
        HttpCheck.from(
            Specs.params(
                "http",
                "port",
                8080,
                "paths",
                java.util.List.of(
                    "/style.css", java.util.Map.of("path", "/", "body", "Home", "status", 200))));
    assertThat(check.requests())
        .extracting(HttpCheck.Request::path)
        .containsExactly("/style.css", "/");
    assertThat(check.run().http().orElseThrow().paths()).containsExactly("/style.css", "/");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                HttpCheck.from(
                    Specs.params(
                        "http", "port", 8080, "path", "/", "paths", java.util.List.of("/a"))))
        .hasMessageContaining("cannot be given with 'paths'");
  }
}
