package dev.stagecraft.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the corpus in src/test/resources/dockerfiles parses to the instructions (keyword
 * and line span), stages (name and expanded base) and problem lines written here by hand.
 */
class DockerfileCorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/dockerfiles");

  static Stream<Arguments> corpus() {
    return Stream.of(
        parsed(
            "arg-before-from",
            "1 ARG, 2 ARG, 3 FROM, 4 ARG, 5 RUN, 6 FROM, 7 COPY",
            "base=alpine:3.20, -=alpine:3.20",
            ""),
        parsed(
            "arg-expansion-forms",
            "1 ARG, 2 ARG, 3 ARG, 4 FROM, 5 FROM, 6 FROM, 7 FROM, 8 FROM",
            "a=python:3.12-slim, b=python:3.10-slim, c=python:3.9-slim, d=python:3.11-alpine, e=python:3-bookworm",
            ""),
        parsed("byte-order-mark", "2 FROM, 3 USER", "-=alpine:3.20", ""),
        parsed("comments-and-whitespace", "4 FROM, 6 RUN, 8 EXPOSE, 10 LABEL", "-=alpine:3.20", ""),
        parsed("continuation-at-eof", "1 FROM, 2 RUN", "-=alpine:3.20", ""),
        parsed("continuation-basic", "1 FROM, 2-4 RUN, 5 CMD", "-=debian:bookworm-slim", ""),
        parsed("continuation-blank-lines-inside", "1 FROM, 2-6 RUN, 7 USER", "-=alpine:3.20", ""),
        parsed(
            "continuation-comments-inside",
            "1 FROM, 2-6 RUN, 7 USER",
            "-=debian:bookworm-slim",
            ""),
        parsed("continuation-trailing-spaces", "1 FROM, 2-3 RUN, 4-5 ENV", "-=alpine:3.20", ""),
        parsed("crlf-line-endings", "1 FROM, 2-3 RUN, 4 CMD", "-=alpine:3.20", ""),
        parsed("directive-after-blank-line", "3 FROM", "-=alpine:3.20", ""),
        parsed("directive-after-comment", "3 FROM, 4-5 RUN", "-=alpine:3.20", ""),
        parsed("directive-check", "3 FROM, 4 CMD", "-=alpine:3.20", ""),
        parsed("directive-duplicate", "3 FROM", "-=alpine:3.20", "2"),
        parsed("directive-escape-backslash", "2 FROM, 3-4 RUN", "-=debian:bookworm-slim", ""),
        parsed(
            "directive-escape-backtick",
            "2 FROM, 3 COPY, 4-5 RUN, 6 WORKDIR",
            "-=windows/servercore:ltsc2022",
            ""),
        parsed("directive-syntax", "2 FROM, 3 RUN", "-=alpine:3.20", ""),
        parsed("directive-upper-case", "2 FROM, 3-4 RUN", "-=alpine:3.20", ""),
        parsed(
            "flags-copy",
            "1 FROM, 2 RUN, 3 FROM, 4 COPY, 5 ADD, 6 COPY",
            "build=alpine:3.20, -=alpine:3.20",
            ""),
        parsed("flags-double-dash", "1 FROM, 2 COPY, 3 RUN", "-=alpine:3.20", ""),
        parsed(
            "flags-from-platform",
            "1 FROM, 2 ARG, 3 RUN, 4 FROM, 5 COPY",
            "build=golang:1.22, -=distroless/static:nonroot",
            ""),
        parsed(
            "flags-run-mount",
            "2 FROM, 3-6 RUN, 7 RUN, 8 FROM, 9 COPY",
            "build=golang:1.22, -=scratch",
            ""),
        parsed(
            "from-as-any-case",
            "1 FROM, 2 RUN, 3 FROM, 4 COPY, 5 FROM",
            "Build=golang:1.22, runtime=alpine:3.20, final=runtime",
            ""),
        parsed(
            "from-wrong-arity",
            "1 FROM, 2 FROM, 3 FROM",
            "-=alpine:3.20, 1bad=alpine:3.20, -=",
            "1,2,3"),
        parsed("heredoc-body-with-instructions", "2 FROM, 3-7 COPY, 8 USER", "-=alpine:3.20", ""),
        parsed("heredoc-multiple", "2 FROM, 3-7 COPY, 8-12 RUN", "-=alpine:3.20", ""),
        parsed("heredoc-not-a-marker", "1 FROM, 2 RUN, 3 RUN", "-=alpine:3.20", ""),
        parsed("heredoc-quoted", "2 FROM, 3-5 COPY, 6-8 RUN", "-=alpine:3.20", ""),
        parsed("heredoc-run", "2 FROM, 3-7 RUN, 8 CMD", "-=debian:bookworm-slim", ""),
        parsed("heredoc-strip-tabs", "2 FROM, 3-6 RUN, 7 USER", "-=alpine:3.20", ""),
        parsed("heredoc-unterminated", "2 FROM, 3-6 RUN", "-=alpine:3.20", "3"),
        parsed("instruction-before-from", "1 ARG, 2 ENV, 3 RUN, 4 FROM", "-=alpine:3.20", "2,3"),
        parsed(
            "json-exec-form",
            "1 FROM, 2 SHELL, 3 RUN, 4 ENTRYPOINT, 5 CMD, 6 VOLUME",
            "-=alpine:3.20",
            ""),
        parsed(
            "json-invalid-falls-back",
            "1 FROM, 2 CMD, 3 ENTRYPOINT, 4 RUN, 5 CMD",
            "-=alpine:3.20",
            ""),
        parsed(
            "keywords-mixed-case",
            "1 FROM, 2 RUN, 3 WORKDIR, 4 COPY, 5 USER, 6 CMD",
            "-=alpine:3.20",
            ""),
        parsed("missing-arguments", "1 FROM, 2 RUN, 3 COPY, 4 CMD", "-=alpine:3.20", "2,3"),
        parsed("no-from", "1 ARG, 2 ARG", "", "1"),
        parsed(
            "onbuild", "1 FROM, 2 WORKDIR, 3 ONBUILD, 4 ONBUILD, 5 ONBUILD", "-=node:20-slim", ""),
        parsed("only-comments", "", "", "1"),
        parsed(
            "other-instructions",
            "1 FROM, 2 ENV, 3 ENV, 4 LABEL, 5 EXPOSE, 6 VOLUME, 7 STOPSIGNAL, 8 HEALTHCHECK, 9 HEALTHCHECK, 10 SHELL, 11 USER, 12 MAINTAINER",
            "-=alpine:3.20",
            ""),
        parsed(
            "realistic-builder-user-only",
            "1 FROM, 2 RUN, 3 USER, 4 WORKDIR, 5 COPY, 6 RUN, 8 FROM, 9 COPY, 10 CMD",
            "build=golang:1.22, -=debian:bookworm-slim",
            ""),
        parsed(
            "realistic-go-buildkit",
            "2 FROM, 3 WORKDIR, 4-7 RUN, 8 ARG, 9-12 RUN, 14 FROM, 15-16 RUN, 17 ARG, 18-19 RUN, 20 USER, 21 COPY, 22 EXPOSE, 23 ENTRYPOINT",
            "build=golang:1.22-alpine, final=alpine:3.20",
            ""),
        parsed(
            "realistic-go",
            "2 ARG, 4 FROM, 5 WORKDIR, 7 COPY, 8 RUN, 9 COPY, 10 RUN, 12 FROM, 13 RUN, 15 FROM, 16 COPY, 17 COPY, 18 USER, 19 EXPOSE, 20 ENTRYPOINT",
            "build=golang:1.22-bookworm, test=build, runtime=scratch",
            ""),
        parsed(
            "realistic-java",
            "1 FROM, 2 WORKDIR, 3 COPY, 4 RUN, 5 COPY, 6-7 RUN, 9 FROM, 10 RUN, 11 WORKDIR, 12 COPY, 13 USER, 14 EXPOSE, 15 HEALTHCHECK, 16 ENTRYPOINT",
            "build=maven:3.9-eclipse-temurin-17, -=eclipse-temurin:17-jre",
            ""),
        parsed(
            "realistic-nginx",
            "1 FROM, 2 WORKDIR, 3 COPY, 4 RUN, 5 COPY, 6 RUN, 8 FROM, 9 COPY, 10 COPY, 11-13 RUN, 14 USER, 15 EXPOSE, 16 CMD",
            "site=node:20-alpine, -=nginx:1.27-alpine",
            ""),
        parsed(
            "realistic-node-naive",
            "1 FROM, 2 WORKDIR, 3 ADD, 4 RUN, 5 RUN, 6 EXPOSE, 7 CMD",
            "-=node:latest",
            ""),
        parsed(
            "realistic-node",
            "1 FROM, 2 WORKDIR, 3 COPY, 4 RUN, 6 FROM, 7 COPY, 8-9 RUN, 11 FROM, 12 ENV, 13 WORKDIR, 14 COPY, 15 COPY, 16 COPY, 17 USER, 18 EXPOSE, 19 CMD",
            "deps=node:20-slim, build=deps, runtime=node:20-slim",
            ""),
        parsed(
            "realistic-python-naive",
            "1 FROM, 2 WORKDIR, 3 COPY, 4 RUN, 5 RUN, 6 RUN, 7 ENV, 8 CMD",
            "-=python:3.12",
            ""),
        parsed(
            "realistic-python",
            "1 FROM, 2 ENV, 3 WORKDIR, 4 RUN, 5 COPY, 6 RUN, 7 COPY, 9 FROM, 10 RUN, 11 COPY, 12 COPY, 13-14 ENV, 15 WORKDIR, 16 USER, 17 CMD",
            "build=python:3.12-slim, -=python:3.12-slim",
            ""),
        parsed(
            "stage-reference-by-index",
            "1 FROM, 2 RUN, 3 FROM, 4 RUN, 5 FROM, 6 COPY, 7 COPY",
            "-=golang:1.22, -=alpine:3.20, -=scratch",
            ""),
        parsed("stage-reference-external", "1 FROM, 2 COPY, 3 COPY, 4 RUN", "-=alpine:3.20", ""),
        parsed("unknown-instruction", "1 FROM, 4 USER", "-=alpine:3.20", "2,3"));
  }

  /**
   * One expectation.
   *
   * @param instructions "LINE KEYWORD" or "FIRST-LAST KEYWORD", comma separated
   * @param stages "name=base" ("-" for an unnamed stage), comma separated
   * @param problemLines the lines with parse problems, comma separated
   */
  static Arguments parsed(String file, String instructions, String stages, String problemLines) {
    return Arguments.of(file, instructions, stages, problemLines);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void parsesToTheExpectedInstructionsStagesAndProblems(
      String file, String instructions, String stages, String problemLines) throws IOException {
    Dockerfile dockerfile = DockerfileParser.parse(CORPUS.resolve(file + ".Dockerfile"));

    assertThat(summary(dockerfile)).isEqualTo(instructions);
    assertThat(
            dockerfile.stages().stream()
                .map(s -> s.name().orElse("-") + "=" + s.baseImage())
                .collect(Collectors.joining(", ")))
        .isEqualTo(stages);
    assertThat(
            dockerfile.problems().stream()
                .map(p -> Integer.toString(p.line()))
                .collect(Collectors.joining(",")))
        .isEqualTo(problemLines);
  }

  @Test
  void everyCorpusFileHasAnExpectation() throws IOException {
    Set<String> expected = corpus().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(CORPUS)) {
      Set<String> present =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".Dockerfile"))
              .map(n -> n.substring(0, n.length() - ".Dockerfile".length()))
              .collect(Collectors.toSet());
      assertThat(present).isEqualTo(expected).hasSizeGreaterThanOrEqualTo(40);
    }
  }

  @Test
  void everyInstructionTextStartsWithItsKeywordAndSpansItsLines() throws IOException {
    for (String file : corpusFiles()) {
      Dockerfile dockerfile = DockerfileParser.parse(CORPUS.resolve(file + ".Dockerfile"));
      for (Instruction i : dockerfile.instructions()) {
        assertThat(i.text().strip().toUpperCase()).startsWith(i.keyword());
        assertThat(i.text().split("\n", -1)).hasSize(i.endLine() - i.line() + 1);
      }
    }
  }

  static List<String> corpusFiles() {
    return corpus().map(a -> (String) a.get()[0]).toList();
  }

  static String summary(Dockerfile dockerfile) {
    return dockerfile.instructions().stream()
        .map(
            i ->
                (i.line() == i.endLine() ? i.line() + "" : i.line() + "-" + i.endLine())
                    + " "
                    + i.keyword())
        .collect(Collectors.joining(", "));
  }
}
