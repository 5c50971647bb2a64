package dev.stagecraft.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.dockerfile.Dockerfile;
import dev.stagecraft.dockerfile.DockerfileParser;
import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.ParseProblem;
import dev.stagecraft.dockerfile.Stage;
import dev.stagecraft.dockerfile.StageGraph;
import dev.stagecraft.dockerfile.StageGraphDrawing;
import dev.stagecraft.dockerfile.StageGraphMermaid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded fuzzing of the parser, stage graph, linter and renderers: mutations of the corpus, random
 * bytes, random token soup and a few huge inputs. Nothing may throw, every line number must point
 * into the file, and the huge inputs must stay fast. Each seed is fixed, so a failure reproduces.
 */
class ParserAndLinterFuzzTest {
  private static final long SEED = 20261122L;
  private static final int MUTATIONS_PER_FILE = 160;
  private static final int RANDOM_BYTE_INPUTS = 1_000;
  private static final int TOKEN_SOUP_INPUTS = 1_000;

  /** Fragments that reach the parser's corners: continuations, heredocs, JSON, flags, variables. */
  private static final String[] FRAGMENTS = {
    "\\",
    "\\\n",
    "`",
    "`\n",
    "\n",
    "\r\n",
    "\r",
    " ",
    "\t",
    "#",
    "# escape=`\n",
    "# escape=\\\n",
    "# syntax=x\n",
    "# stagecraft-ignore\n",
    "FROM ",
    "from ",
    "AS ",
    " as ",
    "RUN ",
    "COPY ",
    "ADD ",
    "CMD ",
    "ENTRYPOINT ",
    "ONBUILD ",
    "ARG ",
    "ENV ",
    "USER ",
    "WORKDIR ",
    "HEALTHCHECK ",
    "SHELL ",
    "<<EOF",
    "<<-EOF",
    "<<'EOF'",
    "<<\"EOF\"",
    "EOF\n",
    "3<<X",
    "X\n",
    "[",
    "]",
    "\"",
    "'",
    ",",
    "[\"a\",",
    "\\u00",
    "--from=",
    "--from=0",
    "--from=9",
    "--mount=type=cache,from=",
    "--",
    "--chown=",
    "=",
    "$",
    "${",
    "}",
    "${A:-",
    "${A:+x}",
    "$A",
    ":-",
    "scratch",
    "\u0000",
    "\uFFFD",
    "\uD800",
    "é",
    "&&",
    "||",
    ";",
    "|",
    "(",
    ")",
    "apt-get update",
    "npm install",
    "pip install",
    "sudo ",
    "cd ",
    "root",
    "0:0",
  };

  private static final List<String> CORPUS = readCorpus();

  private static List<String> readCorpus() {
    List<String> corpus = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/dockerfiles"))) {
      for (Path file : files.sorted().toList()) {
        corpus.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return corpus;
  }

  static Stream<Arguments> corpusSeeds() {
    return java.util.stream.IntStream.range(0, CORPUS.size()).mapToObj(Arguments::of);
  }

  @ParameterizedTest(name = "mutations of corpus file #{0}")
  @MethodSource("corpusSeeds")
  void mutationsOfTheCorpusNeverBreakAnything(int fileIndex) {
    Random random = new Random(SEED + fileIndex);
    String original = CORPUS.get(fileIndex);
    for (int i = 0; i < MUTATIONS_PER_FILE; i++) {
      String mutated = original;
      int edits = 1 + random.nextInt(6);
      for (int e = 0; e < edits; e++) {
        mutated = mutate(mutated, random);
      }
      survive(mutated, "corpus #" + fileIndex + " mutation " + i);
    }
  }

  @Test
  void randomBytesNeverBreakAnything() {
    Random random = new Random(SEED);
    for (int i = 0; i < RANDOM_BYTE_INPUTS; i++) {
      byte[] bytes = new byte[random.nextInt(2_048)];
      random.nextBytes(bytes);
      survive(new String(bytes, StandardCharsets.UTF_8), "random bytes " + i);
    }
  }

  @Test
  void tokenSoupNeverBreaksAnything() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < TOKEN_SOUP_INPUTS; i++) {
      StringBuilder soup = new StringBuilder();
      int tokens = random.nextInt(200);
      for (int t = 0; t < tokens; t++) {
        soup.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
      }
      survive(soup.toString(), "token soup " + i);
    }
  }

  static Stream<Arguments> hugeInputs() {
    int mb = 1 << 20;
    return Stream.of(
        Arguments.of("1 MB RUN line", "FROM a:1\nRUN " + "x".repeat(mb) + "\n"),
        Arguments.of("1 MB of ${", "FROM a:1\nFROM ${" + "${".repeat(mb / 2) + "\n"),
        Arguments.of(
            "1 MB of braces in --from",
            "FROM a:1\nCOPY --from=" + "${A:-{".repeat(mb / 6) + " / /\n"),
        Arguments.of("1 MB JSON array", "FROM a:1\nCMD [" + "\"a\",".repeat(mb / 4) + "\"b\"]\n"),
        Arguments.of("1 MB unterminated JSON", "FROM a:1\nCMD [\"" + "\\\"".repeat(mb / 2) + "\n"),
        Arguments.of("1 MB of flags", "FROM a:1\nCOPY " + "--a=\"b c\" ".repeat(mb / 10) + "x y\n"),
        Arguments.of("1 MB of heredoc markers", "FROM a:1\nRUN " + "<<A ".repeat(mb / 4) + "\nA\n"),
        Arguments.of("1 MB of quotes", "FROM a:1\nRUN " + "'\"".repeat(mb / 2) + "\n"),
        Arguments.of(
            "100,000 continuations", "FROM a:1\nRUN " + "echo x \\\n".repeat(100_000) + "\n"),
        Arguments.of(
            "100,000 commented continuations",
            "FROM a:1\nRUN a \\\n" + "# c\n\n".repeat(100_000) + "b\n"),
        Arguments.of("20,000 stages", "FROM a:1 AS s0\n" + stages(20_000)),
        Arguments.of(
            "100,000 comments then an instruction with many flags",
            "# stagecraft-ignore x\n".repeat(100_000)
                + "FROM a:1\nWORKDIR "
                + "--z ".repeat(100_000)
                + "/x\n"),
        Arguments.of(
            "1 MB of one secret name", "FROM a:1\nENV " + "PASSWORD_".repeat(mb / 9) + "=x\n"),
        Arguments.of(
            "1 MB stage name",
            "FROM a:1 AS "
                + "b".repeat(mb)
                + "\nFROM c:1\nCOPY --from="
                + "c".repeat(mb)
                + " / /\n"));
  }

  private static String stages(int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < count; i++) {
      out.append("FROM s")
          .append(i - 1)
          .append(" AS s")
          .append(i)
          .append("\nCOPY --from=s")
          .append(i / 2)
          .append(" /a /a\n");
    }
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hugeInputs")
  void hugeInputsStayFast(String name, String text) {
    long start = System.nanoTime();
    survive(text, name);
    long millis = (System.nanoTime() - start) / 1_000_000;
    // Generous on a shared machine; the point is to catch quadratic behaviour (minutes, not ms).
    assertThat(millis).as("%s took %d ms", name, millis).isLessThan(15_000);
  }

  @Test
  void atLeastTenThousandInputsRun() {
    int planned = CORPUS.size() * MUTATIONS_PER_FILE + RANDOM_BYTE_INPUTS + TOKEN_SOUP_INPUTS;
    assertThat(planned).isGreaterThanOrEqualTo(10_000);
  }

  /** Parses, graphs, lints and draws {@code text}; checks the invariants every result must keep. */
  static void survive(String text, String label) {
    Dockerfile dockerfile = DockerfileParser.parse(text, label);
    int lines = Math.max(1, (int) text.chars().filter(c -> c == '\n').count() + 1);
    for (Instruction i : dockerfile.instructions()) {
      assertThat(i.line()).as(label).isBetween(1, lines);
      assertThat(i.endLine()).as(label).isBetween(i.line(), lines);
    }
    for (ParseProblem p : dockerfile.problems()) {
      assertThat(p.line()).as(label).isBetween(1, lines);
      assertThat(p.message()).as(label).isNotBlank();
    }
    for (int s = 0; s < dockerfile.stages().size(); s++) {
      Stage stage = dockerfile.stages().get(s);
      assertThat(stage.index()).as(label).isEqualTo(s);
    }
    StageGraph graph = StageGraph.of(dockerfile);
    graph.deadStages();
    StageGraph.of(dockerfile, Optional.of("0"));
    List<Finding> findings =
        Linter.withAllRules().lint(new LintContext(dockerfile, Optional.empty(), Builder.CLASSIC));
    for (Finding f : findings) {
      assertThat(f.line()).as(label).isBetween(1, lines);
      assertThat(f.message().length()).as(label).isLessThanOrEqualTo(400);
    }
    if (dockerfile.stages().size() < 1_000) {
      StageGraphDrawing.draw(graph, false);
      StageGraphMermaid.write(graph);
    }
  }

  private static String mutate(String text, Random random) {
    int length = text.length();
    int at = length == 0 ? 0 : random.nextInt(length + 1);
    switch (random.nextInt(7)) {
      case 0: // insert a fragment
        return text.substring(0, at)
            + FRAGMENTS[random.nextInt(FRAGMENTS.length)]
            + text.substring(at);
      case 1: // delete a range
        int end = Math.min(length, at + random.nextInt(20));
        return text.substring(0, at) + text.substring(end);
      case 2: // replace one character with a random one
        if (length == 0) {
          return text;
        }
        int pos = random.nextInt(length);
        return text.substring(0, pos) + (char) random.nextInt(0x3000) + text.substring(pos + 1);
      case 3: // duplicate a line
        String[] lines = text.split("\n", -1);
        int line = random.nextInt(lines.length);
        List<String> copy = new ArrayList<>(List.of(lines));
        copy.add(line, lines[line]);
        return String.join("\n", copy);
      case 4: // swap two lines
        String[] all = text.split("\n", -1);
        int a = random.nextInt(all.length);
        int b = random.nextInt(all.length);
        String t = all[a];
        all[a] = all[b];
        all[b] = t;
        return String.join("\n", all);
      case 5: // cut the file short
        return text.substring(0, at);
      default: // splice in a piece of another corpus file
        String other = CORPUS.get(random.nextInt(CORPUS.size()));
        int from = random.nextInt(other.length() + 1);
        int to = Math.min(other.length(), from + random.nextInt(200));
        return text.substring(0, at) + other.substring(from, to) + text.substring(at);
    }
  }
}
