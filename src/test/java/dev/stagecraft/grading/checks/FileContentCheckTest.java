package dev.stagecraft.grading.checks;

import static dev.stagecraft.grading.ImageFactsFixture.image;
import static dev.stagecraft.grading.checks.Specs.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagecraft.grading.ImageFactsFixture;
import dev.stagecraft.grading.Status;
import dev.stagecraft.grading.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileContentCheckTest {

  private static final String NGINX_CONF =
      "server {\n  listen 8080;\n  server_tokens off;\n  root /usr/share/nginx/html;\n}\n";

  private static ImageFactsFixture withConf() {
    return image()
        .dir("/etc")
        .dir("/etc/nginx")
        .dir("/etc/nginx/conf.d")
        .file("/etc/nginx/conf.d/default.conf", 0644, NGINX_CONF.length())
        .captured("/etc/nginx/conf.d/default.conf", NGINX_CONF);
  }

  private static Verdict judge(ImageFactsFixture image, Object... params) throws Exception {
    return FileContentCheck.from(params("file-content", params)).evaluate(image.context());
  }

  @Test
  void asksForTheFileToBeCaptured() throws Exception {
    var check = FileContentCheck.from(params("file-content", "path", "/etc/x/", "matches", "a"));
    assertThat(check.filesNeeded()).containsExactly("/etc/x");
  }

  @Test
  void matchingAndExcludingPatternsPass() throws Exception {
    Verdict verdict =
        judge(
            withConf(),
            "path",
            "/etc/nginx/conf.d/default.conf",
            "matches",
            List.of("^\\s*listen 8080;$", "server_tokens off"),
            "excludes",
            "listen 80;");
    assertThat(verdict.status()).isEqualTo(Status.PASS);
  }

  @Test
  void missingMatchAndPresentExclusionAreBothNamed() throws Exception {
    Verdict verdict =
        judge(
            withConf(),
            "path",
            "/etc/nginx/conf.d/default.conf",
            "matches",
            "gzip on",
            "excludes",
            "root /usr/share");
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual())
        .hasValue("no match for /gzip on/; /root /usr/share/ matches line 4");
    assertThat(verdict.expected())
        .hasValue(
            "/etc/nginx/conf.d/default.conf matching /gzip on/, not matching /root /usr/share/");
  }

  @Test
  void missingFileFails() throws Exception {
    Verdict verdict = judge(withConf(), "path", "/etc/nginx/nginx.conf", "matches", "x");
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual()).hasValue("no such file");
  }

  @Test
  void aTruncatedFileSaysOnlyItsStartWasRead() throws Exception {
    ImageFactsFixture big =
        image().dir("/app").truncated("/app/bundle.js", "console.log('hi')", 5_000_000);
    Verdict verdict = judge(big, "path", "/app/bundle.js", "matches", "process.exit");
    assertThat(verdict.status()).isEqualTo(Status.FAIL);
    assertThat(verdict.actual().orElseThrow())
        .endsWith("(only the first 0.0 MB of 5.0 MB were read)");
  }

  @Test
  void needsAtLeastOnePattern() {
    assertThatThrownBy(() -> FileContentCheck.from(params("file-content", "path", "/etc/x")))
        .hasMessageContaining("'matches' or 'excludes' must be given");
    assertThatThrownBy(
            () -> FileContentCheck.from(params("file-content", "path", "/x", "matches", "(")))
        .hasMessageContaining("not a valid regular expression");
  }
}
