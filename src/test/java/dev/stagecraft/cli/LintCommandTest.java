package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LintCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new StagecraftCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private static final String CLEAN =
      "FROM golang:1.22 AS build\nRUN CGO_ENABLED=0 go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\n"
          + "USER 65532\nENTRYPOINT [\"/app\"]\n";

  @Test
  void aCourseSolutionIsJudgedInItsExercisesFolder() throws IOException {
    write("exercises/07-demo/.dockerignore", ".git\n");
    Path solution = write("solutions/07-demo/Dockerfile", CLEAN);
    assertThat(run("lint", solution.toString())).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).isEqualTo("no findings\n");

    Path elsewhere = write("drafts/07-demo/Dockerfile", CLEAN);
    run("lint", elsewhere.toString());
    assertThat(out.toString()).contains("missing-dockerignore");
  }

  @Test
  void aCleanFileExitsZero() throws IOException {
    write(".dockerignore", ".git\n");
    Path file = write("Dockerfile", CLEAN);
    assertThat(run("lint", file.toString())).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).isEqualTo("no findings\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void warningsAloneExitZeroAndPrintWhyAndFix() throws IOException {
    write(".dockerignore", ".git\n");
    Path file = write("Dockerfile", "FROM debian:12\nCMD run\n");
    assertThat(run("lint", file.toString())).isEqualTo(ExitCode.OK);
    assertThat(out.toString())
        .contains(file + ":2 warning shell-form-cmd CMD run is in shell form")
        .contains("\n    why: In shell form")
        .contains("\n    fix: Write it as a JSON array")
        .doesNotContain("\u001b[");
  }

  @Test
  void errorsExitOne() throws IOException {
    Path file =
        write("Dockerfile", "FROM a:1 AS build\nFROM b:1\nCOPY --from=biuld /x /x\nUSER app\n");
    assertThat(run("lint", file.toString())).isEqualTo(ExitCode.FAILED);
    assertThat(out.toString()).contains(":3 error copy-from-unknown-stage --from=biuld");
  }

  @Test
  void syntaxErrorsInADockerfileExitOne() throws IOException {
    Path file = write("Dockerfile", "FROM a:1\nRUNN x\n");
    assertThat(run("lint", file.toString())).isEqualTo(ExitCode.FAILED);
    assertThat(out.toString()).contains(":2 error syntax unknown instruction 'RUNN'");
  }

  @Test
  void jsonCarriesRuleSeverityLineMessageFileWhyAndFix() throws IOException {
    Path file = write("Dockerfile", "FROM node\nUSER node\n");
    assertThat(run("lint", "--json", file.toString())).isEqualTo(ExitCode.OK);
    JsonNode findings = new ObjectMapper().readTree(out.toString());
    assertThat(findings.isArray()).isTrue();
    JsonNode untagged = null;
    for (JsonNode f : findings) {
      if (f.get("rule").asText().equals("untagged-base-image")) {
        untagged = f;
      }
    }
    assertThat(untagged).isNotNull();
    assertThat(untagged.get("severity").asText()).isEqualTo("warning");
    assertThat(untagged.get("line").asInt()).isEqualTo(1);
    assertThat(untagged.get("file").asText()).isEqualTo(file.toString());
    assertThat(untagged.get("message").asText()).contains("node");
    assertThat(untagged.get("why").asText()).isNotBlank();
    assertThat(untagged.get("fix").asText()).isNotBlank();
  }

  @Test
  void aMissingFileExitsTwoWithAClearMessage() {
    assertThat(run("lint", dir.resolve("nope/Dockerfile").toString()))
        .isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString())
        .contains("nope/Dockerfile: no such file")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void garbageExitsTwoSayingItIsNotADockerfile() throws IOException {
    byte[] bytes = new byte[4096];
    new Random(7).nextBytes(bytes);
    Path file = dir.resolve("garbage");
    Files.write(file, bytes);
    assertThat(run("lint", file.toString())).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("garbage: not a Dockerfile: line 1: unknown instruction");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aDirectoryMeansItsDockerfile() throws IOException {
    write("app/Dockerfile", "FROM debian\nUSER app\n");
    assertThat(run("lint", dir.resolve("app").toString())).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("untagged-base-image");
    assertThat(run("lint", dir.toString())).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("a directory without a Dockerfile");
  }

  @Test
  void oneUnreadableFileAmongGoodOnesStillExitsTwo() throws IOException {
    Path good = write("Dockerfile", CLEAN);
    assertThat(run("lint", good.toString(), dir.resolve("missing").toString()))
        .isEqualTo(ExitCode.BAD_INPUT);
  }

  @Test
  void theBuildContextDefaultsToTheDockerfilesDirectoryAndCanBeGiven() throws IOException {
    Path file = write("Dockerfile", CLEAN);
    Files.createDirectories(dir.resolve("ctx/.git"));
    write("ctx/.dockerignore", "dist\n");
    run("lint", file.toString());
    assertThat(out.toString()).contains("missing-dockerignore");
    out.getBuffer().setLength(0);
    run("lint", "--context", dir.resolve("ctx").toString(), file.toString());
    assertThat(out.toString())
        .doesNotContain("missing-dockerignore")
        .contains("dockerignore-misses-git");
  }

  @Test
  void theBuilderOptionDecidesWhetherBuildKitSyntaxIsAnError() throws IOException {
    write(".dockerignore", ".git\n");
    Path file =
        write(
            "Dockerfile",
            CLEAN.replace(
                "RUN CGO_ENABLED=0 go build",
                "RUN --mount=type=cache,target=/root/.cache CGO_ENABLED=0 go build"));
    assertThat(run("lint", file.toString())).isEqualTo(ExitCode.FAILED);
    assertThat(out.toString()).contains("classic-builder-unsupported");
    assertThat(run("lint", "--builder", "buildkit", file.toString())).isEqualTo(ExitCode.OK);
    assertThat(run("lint", "--builder", "kaniko", file.toString())).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("unknown builder 'kaniko'");
  }

  @Test
  void colourIsUsedWhenAsked() throws IOException {
    Path file = write("Dockerfile", "FROM debian:12\n");
    run("lint", "--color", "always", file.toString());
    assertThat(out.toString()).contains("\u001b[33mwarning\u001b[0m");
  }

  @Test
  void aTargetIsJudgedAsTheFinalStage() throws IOException {
    write(".dockerignore", ".git\n");
    Path file =
        write(
            "Dockerfile", CLEAN.replace("FROM scratch", "FROM golang:1.22 AS debug\nFROM scratch"));
    assertThat(run("lint", file.toString())).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("unused-stage").doesNotContain("toolchain-final-base");
    out.getBuffer().setLength(0);
    assertThat(run("lint", "--target", "debug", file.toString())).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("toolchain-final-base", "final-stage-runs-as-root");
    assertThat(run("lint", "--target", "nope", file.toString())).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("no stage called 'nope'");
  }

  @Test
  void aHugeFileIsRefusedWithoutReadingIt() throws IOException {
    Path file = dir.resolve("disk.img");
    try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(40L * 1024 * 1024);
    }
    assertThat(run("lint", file.toString())).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("disk.img: is 40 MB, too large to be a Dockerfile");
  }

  @Test
  void anExerciseIdLintsThatExercisesDockerfile() {
    assertThat(run("lint", "03-go-scratch")).isEqualTo(ExitCode.OK);
    assertThat(out.toString())
        .contains("exercises/03-go-scratch/Dockerfile:3 warning toolchain-final-base")
        .contains("final-stage-runs-as-root");
    assertThat(err.toString()).isEmpty();

    StringWriter byNumber = new StringWriter();
    CommandLine cli = new CommandLine(new StagecraftCommand());
    cli.setOut(new PrintWriter(byNumber));
    cli.setErr(new PrintWriter(new StringWriter()));
    assertThat(cli.execute("lint", "3", "--json")).isEqualTo(ExitCode.OK);
    assertThat(byNumber.toString()).contains("exercises/03-go-scratch/Dockerfile");
  }

  @Test
  void aPathThatExistsWinsOverAnExerciseId() throws IOException {
    // The file is named like an exercise; given as a path that exists, the file is linted.
    write(".dockerignore", ".git\n");
    Path file = write("03-go-scratch", CLEAN);
    assertThat(run("lint", file.toString())).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).isEqualTo("no findings\n");
  }

  @Test
  void neitherFileNorExerciseSaysBothAndNamesTheExercises() {
    assertThat(run("lint", "no-such-thing")).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString())
        .contains("no-such-thing: no such file or exercise")
        .contains("03-go-scratch");
  }
}
