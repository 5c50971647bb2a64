package dev.stagecraft.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.dockerfile.DockerfileParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuildReuseTest {

  private static Optional<List<String>> images(String text) {
    return BuildReuse.externalImages(DockerfileParser.parse(text, "Dockerfile"), Optional.empty());
  }

  @Test
  void namesEveryExternalImageTheBuildReads() {
    assertThat(
            images(
                """
                ARG GO=1.22
                FROM golang:${GO} AS build
                RUN --mount=type=cache,target=/root/.cache go build
                RUN --mount=type=bind,from=tools:1,target=/t true
                FROM scratch
                COPY --from=build /app /app
                COPY --from=alpine:3.20 /etc/passwd /etc/passwd
                """))
        .hasValueSatisfying(
            names ->
                assertThat(names)
                    .containsExactlyInAnyOrder("golang:1.22", "alpine:3.20", "tools:1"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FROM base:1\nADD https://example.invalid/app.tgz /app\n",
        "FROM base:1\nADD git@example.invalid:me/app.git /app\n",
        "FROM base:1\nADD https://example.invalid/me/app.git#main /app\n",
        "FROM base:1\nARG SRC\nADD $SRC /app\n",
        "FROM base:1\nADD --checksum=sha256:abc app.tgz /app\n",
        "FROM base:1\nRUN --mount=type=secret,id=token cat /run/secrets/token\n",
        "FROM base:1\nRUN --mount=type=ssh git clone x\n",
        "# syntax=docker/dockerfile:1\nFROM base:1\n",
        "ARG BASE\nFROM $BASE\n",
        "FROM base:1\nONBUILD ADD https://example.invalid/a /a\n",
        "FROM base:1\nRUN [unterminated\n  BOGUS instruction\n"
      })
  void neverReusesWhatDockerWouldNotCacheFromTheInputsAlone(String text) {
    assertThat(images(text)).isEmpty();
  }

  @Test
  void localAddAndCopyAreReusable() {
    assertThat(images("FROM base:1\nADD app.tgz /app\nCOPY . /src\nRUN make\n"))
        .contains(List.of("base:1"));
    assertThat(images("FROM scratch\nCOPY app /app\n")).contains(List.of());
  }

  @Test
  void anUnknownTargetIsBuiltForTheEngineToSaySo() {
    assertThat(
            BuildReuse.externalImages(
                DockerfileParser.parse("FROM base:1 AS a\n", "Dockerfile"), Optional.of("nope")))
        .isEmpty();
  }
}
