package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DoctorCommandTest {

  @TempDir Path home;

  @Test
  void anUnreachableEngineExitsThreeWithAShortMessageAndNoStackTrace() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine doctor =
        new CommandLine(new DoctorCommand(Map.of("DOCKER_HOST", "unix:///nonexistent.sock"), home));
    doctor.setOut(new PrintWriter(out));
    doctor.setErr(new PrintWriter(err));

    int exit = doctor.execute();

    assertThat(exit).isEqualTo(ExitCode.NO_ENGINE);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().strip().lines()).hasSizeBetween(1, 2);
    assertThat(err.toString())
        .startsWith("No Docker engine at unix:///nonexistent.sock: the socket does not exist.")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }
}
