package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DockerfileStepsTest {

  @Test
  void numbersEveryInstructionFromTheTopIncludingGlobalArgs() {
    DockerfileSteps steps =
        DockerfileSteps.scan(
            String.join(
                "\n",
                "# syntax=docker/dockerfile:1",
                "ARG BASE=debian",
                "",
                "FROM ${BASE} AS build",
                "RUN apt-get update \\",
                "    # a comment inside a continuation",
                "",
                "    && apt-get install -y gcc",
                "COPY . /src",
                "FROM scratch",
                "COPY --from=build /src/app /app"));
    assertThat(steps.count()).isEqualTo(6);
    assertThat(IntStream.rangeClosed(1, 6).mapToObj(n -> steps.lineOfStep(n).orElseThrow()))
        .containsExactly(2, 4, 5, 9, 10, 11);
    assertThat(steps.lineOfStep(7)).isEmpty();
    assertThat(steps.lineOfStep(0)).isEmpty();
  }

  @Test
  void aTargetCutsTheStepsAfterItsStage() {
    DockerfileSteps steps =
        DockerfileSteps.scan(
            "FROM golang AS build\nRUN make\n\nfrom build as Test\nRUN make test\n"
                + "FROM scratch\nCOPY --from=build /app /app\n");
    assertThat(steps.upToStage("test").count()).isEqualTo(4);
    assertThat(steps.upToStage("build").count()).isEqualTo(2);
    assertThat(steps.upToStage("build").lineOfStep(3)).isEmpty();
    assertThat(steps.upToStage("nonexistent").count()).isEqualTo(6);
  }

  @Test
  void honoursTheEscapeDirective() {
    DockerfileSteps steps =
        DockerfileSteps.scan(
            "# escape=`\nFROM mcr/windows\nRUN dir c:\\ `\n  && echo done\nCOPY a b\n");
    assertThat(steps.count()).isEqualTo(3);
    assertThat(steps.lineOfStep(3)).contains(5);
  }

  @Test
  void aBackslashEndsNoInstructionWhenTheEscapeIsABacktick() {
    DockerfileSteps steps = DockerfileSteps.scan("# escape=`\nFROM x\nRUN dir c:\\\nCOPY a b\n");
    assertThat(steps.count()).isEqualTo(3);
  }

  @Test
  void handlesWindowsLineEndingsAndTrailingSpacesAfterTheBackslash() {
    DockerfileSteps steps = DockerfileSteps.scan("FROM x\r\nRUN a \\  \r\n  b\r\nCMD c\r\n");
    assertThat(steps.count()).isEqualTo(3);
    assertThat(steps.lineOfStep(3)).contains(4);
  }

  @Test
  void findsTheLineInAnEngineParseError() {
    assertThat(
            DockerfileSteps.lineInError("dockerfile parse error line 3: unknown instruction: FORM"))
        .contains(3);
    assertThat(DockerfileSteps.lineInError("Dockerfile parse error on line 12: Unknown flag"))
        .contains(12);
    assertThat(DockerfileSteps.lineInError("failed to process \"${X\": missing '}'")).isEmpty();
    assertThat(DockerfileSteps.lineInError(null)).isEmpty();
  }

  /** Seeded fuzz: random Dockerfiles whose instruction lines are known by construction. */
  static Stream<Long> seeds() {
    return LongStreamOfSeeds.of(40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void findsTheStartLineOfEveryGeneratedInstruction(long seed) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    List<Integer> expected = new ArrayList<>();
    int instructions = 1 + random.nextInt(15);
    for (int i = 0; i < instructions; i++) {
      int noise = random.nextInt(3);
      for (int n = 0; n < noise; n++) {
        lines.add(random.nextBoolean() ? "" : "# note " + random.nextInt(100));
      }
      expected.add(lines.size() + 1);
      int continuations = random.nextInt(3);
      lines.add("RUN step" + i + (continuations > 0 ? " \\" : ""));
      for (int c = 0; c < continuations; c++) {
        if (random.nextBoolean()) {
          lines.add(random.nextBoolean() ? "" : "  # inside");
        }
        lines.add("  && more" + c + (c < continuations - 1 ? " \\" : ""));
      }
    }
    DockerfileSteps steps = DockerfileSteps.scan(String.join("\n", lines));
    assertThat(steps.count()).isEqualTo(instructions);
    for (int i = 0; i < instructions; i++) {
      assertThat(steps.lineOfStep(i + 1)).contains(expected.get(i));
    }
  }

  /** Fixed seeds, so a failure is reproducible from its name. */
  static final class LongStreamOfSeeds {
    static Stream<Long> of(int count) {
      Random seeds = new Random(20261122L);
      return Stream.generate(seeds::nextLong).limit(count);
    }
  }
}
