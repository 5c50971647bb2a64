package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GraphCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new StagecraftCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path dockerfile() throws IOException {
    return Files.writeString(
        dir.resolve("Dockerfile"),
        "FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM build AS test\nRUN go test ./...\n"
            + "FROM scratch AS runtime\nCOPY --from=build /app /app\n");
  }

  @Test
  void drawsBoxesAndArrows() throws IOException {
    assertThat(run("graph", dockerfile().toString())).isEqualTo(ExitCode.OK);
    assertThat(out.toString())
        .contains(
            "┌",
            "[0] build",
            "[1] test  (unused)",
            "[2] runtime  ★ final",
            "◀── stage build  COPY --from  line 6");
  }

  @Test
  void drawsInAsciiOnRequest() throws IOException {
    assertThat(run("graph", "--ascii", dockerfile().toString())).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("+---", "<-- stage build").doesNotContain("┌");
  }

  @Test
  void printsMermaid() throws IOException {
    assertThat(run("graph", "--mermaid", dockerfile().toString())).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).startsWith("flowchart TD").contains("s0 -->|COPY line 6| s2");
  }

  @Test
  void aTargetChangesTheFinalStage() throws IOException {
    assertThat(run("graph", "--target", "test", dockerfile().toString())).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("[1] test  ★ final", "[2] runtime  (unused)");
  }

  @Test
  void anUnknownTargetOrMissingFileExitsTwo() throws IOException {
    assertThat(run("graph", "--target", "nope", dockerfile().toString()))
        .isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString())
        .contains("no stage called 'nope'; the stages are: build, test, runtime");
    assertThat(run("graph", dir.resolve("missing").toString())).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString()).contains("missing: no such file");
  }
}
