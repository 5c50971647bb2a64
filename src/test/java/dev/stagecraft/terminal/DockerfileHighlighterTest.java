package dev.stagecraft.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DockerfileHighlighterTest {

  private static final Ansi A = Ansi.COLOR;
  private final DockerfileHighlighter highlighter = new DockerfileHighlighter(A);

  private String one(String line) {
    return highlighter.highlight(List.of(line)).get(0);
  }

  @Test
  void instructionsAreMarked() {
    assertThat(one("FROM scratch")).startsWith(A.paint("FROM", Style.BOLD, Style.CYAN) + " ");
    assertThat(one("run echo hi")).startsWith(A.paint("run", Style.BOLD, Style.CYAN));
    assertThat(one("  WORKDIR /src"))
        .isEqualTo("  " + A.paint("WORKDIR", Style.BOLD, Style.CYAN) + " /src");
  }

  @Test
  void stageNamesAfterAsAndInFromFlagsAreMarked() {
    assertThat(one("FROM golang:1.22 AS build"))
        .isEqualTo(
            A.paint("FROM", Style.BOLD, Style.CYAN)
                + " golang:1.22 "
                + A.paint("AS", Style.BOLD, Style.CYAN)
                + " "
                + A.paint("build", Style.BOLD, Style.MAGENTA));
    assertThat(one("COPY --from=build /out/greeter /greeter"))
        .isEqualTo(
            A.paint("COPY", Style.BOLD, Style.CYAN)
                + " "
                + A.paint("--from=", Style.YELLOW)
                + A.paint("build", Style.BOLD, Style.MAGENTA)
                + " /out/greeter /greeter");
  }

  @Test
  void commentsStringsAndVariablesAreMarked() {
    assertThat(one("# a comment")).isEqualTo(A.paint("# a comment", Style.GRAY));
    assertThat(one("ENTRYPOINT [\"/greeter\"]")).contains(A.paint("\"/greeter\"", Style.GREEN));
    assertThat(one("RUN go build -ldflags=\"-s -w\" ."))
        .contains(A.paint("\"-s -w\"", Style.GREEN));
    assertThat(one("RUN echo $HOME ${GOPATH}/bin"))
        .contains(A.paint("$HOME", Style.BLUE))
        .contains(A.paint("${GOPATH}", Style.BLUE));
  }

  @Test
  void continuationLinesAreNotTakenForInstructions() {
    List<String> lines =
        highlighter.highlight(
            List.of("RUN apt-get update && \\", "    run-parts /etc && \\", "    true"));

    assertThat(lines.get(0)).endsWith(A.paint("\\", Style.DIM));
    assertThat(lines.get(1)).doesNotContain(A.paint("run-parts", Style.BOLD, Style.CYAN));
    assertThat(lines.get(2)).isEqualTo("    true");
  }

  @Test
  void flagsAreOnlyDockerFlagsBeforeTheArguments() {
    assertThat(one("RUN go build --tags x .")).doesNotContain(A.paint("--tags", Style.YELLOW));
    assertThat(one("COPY --chown=65532:65532 a b")).contains(A.paint("--chown=", Style.YELLOW));
  }

  @Test
  void plainModeChangesNothing() {
    List<String> source = List.of("FROM golang:1.22 AS build", "# note", "COPY --from=build a b");

    assertThat(new DockerfileHighlighter(Ansi.PLAIN).highlight(source)).isEqualTo(source);
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 40).mapToObj(i -> 0xd0c_0000L + i);
  }

  /** Highlighting only adds escapes: stripping them gives back every line exactly. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void strippingTheHighlightGivesBackTheSource(long seed) {
    Random random = new Random(seed);
    String[] words = {
      "FROM",
      "AS",
      "as",
      "RUN",
      "COPY",
      "--from=build",
      "\"quoted text\"",
      "'single'",
      "$VAR",
      "${X}",
      "#",
      "\\",
      "[\"/app\"]",
      "--",
      "=",
      "\"unterminated",
      "$",
      "  ",
      "\t",
      "日本"
    };
    List<String> source =
        IntStream.range(0, 12)
            .mapToObj(
                i ->
                    String.join(
                        " ",
                        IntStream.range(0, random.nextInt(8))
                            .mapToObj(j -> words[random.nextInt(words.length)])
                            .toList()))
            .toList();

    List<String> highlighted = highlighter.highlight(source);

    assertThat(highlighted.stream().map(Ansi::strip).toList()).isEqualTo(source);
  }
}
