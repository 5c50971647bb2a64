package dev.stagecraft.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The parser refuses what Docker's parser refuses, with the line and what to write instead. */
class ArgumentShapesTest {

  private static List<ParseProblem> problems(String instruction) {
    return DockerfileParser.parse("FROM debian:bookworm-slim\n" + instruction + "\n", "t")
        .problems();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ENV KEY|ENV must have two arguments",
        "LABEL maintainer|LABEL must have two arguments",
        "ENV A=1 B|can't find =",
        "LABEL =x|LABEL names can not be blank",
        "COPY app.jar|COPY requires at least two arguments",
        "ADD [\"app.tar\"]|ADD requires at least two arguments",
        "COPY --from=build /out|COPY requires at least two arguments",
        "HEALTHCHECK curl -f localhost|Unknown type in HEALTHCHECK",
        "HEALTHCHECK NONE now|HEALTHCHECK NONE takes no arguments",
        "HEALTHCHECK --interval=5s CMD|Missing command after HEALTHCHECK CMD",
      })
  void refusesWhatDockerRefuses(String instruction, String dockersWords) {
    assertThat(problems(instruction))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.line()).isEqualTo(2);
              assertThat(problem.message()).contains(dockersWords);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ENV KEY value with spaces",
        "ENV KEY=",
        "ENV A=1 B=\"two words\"",
        "LABEL org.opencontainers.image.title=app",
        "COPY a b /dest/",
        "COPY [\"a b\", \"/dest\"]",
        "HEALTHCHECK NONE",
        "HEALTHCHECK --interval=5s CMD curl -f localhost",
        "HEALTHCHECK CMD [\"curl\", \"-f\", \"localhost\"]",
      })
  void acceptsWhatDockerAccepts(String instruction) {
    assertThat(problems(instruction)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aHeredocIsTheSourceOfItsCopy() {
    assertThat(problems("COPY <<EOF /etc/motd\nhello\nEOF")).isEmpty();
  }
}
