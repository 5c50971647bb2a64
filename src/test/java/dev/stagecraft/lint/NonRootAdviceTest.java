package dev.stagecraft.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.dockerfile.DockerfileParser;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Non-root advice fits the base image: by name for lint, by the image's files for the grader. */
class NonRootAdviceTest {

  private static final String DEBIAN_PASSWD =
      "root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n";
  private static final String DEBIAN_OS =
      "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n";
  private static final String ALPINE_OS = "NAME=\"Alpine Linux\"\nID=alpine\nVERSION_ID=3.20.0\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "scratch|USER 65532:65532|",
        "gcr.io/distroless/static-debian12|USER nonroot|",
        "gcr.io/distroless/static-debian12:nonroot|USER nonroot|",
        "nginx:alpine|USER 101|",
        "nginx:1.27|USER 101|",
        "node:20-slim|USER 1000|",
        "alpine:3.20|USER app|RUN addgroup -S app && adduser -S -G app app",
        "busybox:1.36|USER app|RUN addgroup -S app && adduser -S -G app app",
        "python:3.12-alpine|USER app|RUN addgroup -S app && adduser -S -G app app",
        "debian:bookworm-slim|USER app|RUN useradd --system --uid 10001 app",
        "ubuntu:24.04|USER app|RUN useradd --system --uid 10001 app",
        "eclipse-temurin:17-jre|USER app|RUN useradd --system --uid 10001 app",
      })
  void byNameTheAdviceFitsTheBase(String image, String user, String create) {
    NonRootAdvice advice = NonRootAdvice.forImage(image);
    assertThat(advice.user()).isEqualTo(user);
    assertThat(advice.createUser()).isEqualTo(Optional.ofNullable(create));
  }

  @Test
  void scratchAndDistrolessSayWhy() {
    assertThat(NonRootAdvice.forImage("scratch").inOneLine())
        .isEqualTo("USER 65532:65532 (scratch has no /etc/passwd, so name the user by number)");
    assertThat(NonRootAdvice.forImage("gcr.io/distroless/static").inOneLine()).contains("65532");
    assertThat(NonRootAdvice.forImage("alpine:3.20").inOneLine())
        .isEqualTo(
            "RUN addgroup -S app && adduser -S -G app app, then USER app (Alpine and busybox"
                + " create users with adduser)");
  }

  @Test
  void anUnknownImageGetsTheCommonAdviceAndTheOthers() {
    String line = NonRootAdvice.forImage("registry.example/team/app:1").inOneLine();
    assertThat(line).contains("useradd").contains("adduser -S").contains("65532:65532");
    assertThat(NonRootAdvice.forImage("$BASE").user()).isEqualTo("USER app");
  }

  @Test
  void theImagesFilesWinOverItsName() {
    // A Debian-based stand-in tagged nginx:alpine that has the nginx user.
    NonRootAdvice nginx =
        NonRootAdvice.forImage(
            "nginx:alpine",
            Optional.of(DEBIAN_PASSWD + "nginx:x:101:101:nginx:/nonexistent:/bin/false\n"),
            Optional.of(DEBIAN_OS),
            true);
    assertThat(nginx.user()).isEqualTo("USER 101");
    assertThat(nginx.reason()).contains("nginx user the image already has");

    // A Debian-based stand-in tagged alpine:3.20: useradd is what it has.
    NonRootAdvice standIn =
        NonRootAdvice.forImage(
            "alpine:3.20", Optional.of(DEBIAN_PASSWD), Optional.of(DEBIAN_OS), true);
    assertThat(standIn.createUser()).contains("RUN useradd --system --uid 10001 app");

    NonRootAdvice realAlpine =
        NonRootAdvice.forImage(
            "alpine:3.20",
            Optional.of("root:x:0:0:root:/root:/bin/ash\n"),
            Optional.of(ALPINE_OS),
            true);
    assertThat(realAlpine.createUser()).contains("RUN addgroup -S app && adduser -S -G app app");

    NonRootAdvice node =
        NonRootAdvice.forImage(
            "node:20-slim",
            Optional.of(DEBIAN_PASSWD + "node:x:1000:1000::/home/node:/bin/bash\n"),
            Optional.of(DEBIAN_OS),
            true);
    assertThat(node.user()).isEqualTo("USER 1000");

    NonRootAdvice distroless =
        NonRootAdvice.forImage(
            "stagecraft/standin-distroless-static:debian12",
            Optional.of(
                "root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n"),
            Optional.empty(),
            true);
    assertThat(distroless.user()).isEqualTo("USER 65532");
    assertThat(distroless.reason()).contains("nonroot");
  }

  @Test
  void anImageWithoutPasswdGetsANumber() {
    NonRootAdvice advice =
        NonRootAdvice.forImage("debian:12", Optional.empty(), Optional.empty(), true);
    assertThat(advice.user()).isEqualTo("USER 65532:65532");
    assertThat(advice.createUser()).isEmpty();
  }

  @Test
  void lintsFixForTheRootUserNamesTheAdviceForItsBase() {
    assertThat(fixFor("FROM golang:1.22 AS b\nFROM alpine:3.20\nCOPY --from=b /a /a\n"))
        .contains("adduser -S")
        .doesNotContain("useradd");
    assertThat(fixFor("FROM golang:1.22 AS b\nFROM scratch\nCOPY --from=b /a /a\n"))
        .contains("USER 65532:65532")
        .doesNotContain("useradd");
    assertThat(fixFor("FROM nginx:alpine\nUSER root\n")).contains("USER 101");
    assertThat(fixFor("FROM debian:12\nCMD [\"x\"]\n")).contains("useradd --system");
  }

  private static String fixFor(String dockerfile) {
    return Linter.withAllRules()
        .rule("final-stage-runs-as-root")
        .orElseThrow()
        .check(LintContext.of(DockerfileParser.parse(dockerfile, "Dockerfile")))
        .get(0)
        .fix();
  }
}
