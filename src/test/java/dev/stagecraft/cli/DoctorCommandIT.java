package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineAvailable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@ExtendWith(EngineAvailable.class)
class DoctorCommandIT {

  @TempDir Path home;

  @Test
  void aReachableEngineIsDescribedAndMissingImagesAreWarnings(DockerEngine engine)
      throws Exception {
    Files.createDirectories(home.resolve("exercises/01-demo"));
    Files.writeString(
        home.resolve("exercises/01-demo/Dockerfile"),
        "FROM stagecraft-test/never-pulled:1 AS build\nFROM scratch\nCOPY --from=build /a /a\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine doctor = new CommandLine(new DoctorCommand(System.getenv(), home));
    doctor.setOut(new PrintWriter(out));
    doctor.setErr(new PrintWriter(err));

    int exit = doctor.execute();

    assertThat(exit).isEqualTo(ExitCode.OK);
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString())
        .contains("Engine          " + engine.info().product() + " at " + engine.info().endpoint())
        .contains("Server version  " + engine.info().serverVersion())
        .contains("API version     " + engine.info().apiVersion())
        .contains("Builder         " + engine.info().builder())
        .contains("Storage driver  " + engine.info().storageDriver())
        .containsPattern("Build cache     \\d+ step images?, [0-9.]+ MB of at most [0-9.]+ MB")
        .contains("MISSING  stagecraft-test/never-pulled:1")
        .contains("missing (stagecraft-test/never-pulled:1)")
        .contains("Fix: ./stagecraft images load FILE")
        .contains(".ci/images/build.sh");
  }

  @Test
  void standInsAreNamedAsSuch(DockerEngine engine) throws Exception {
    String standin = "stagecraft/standin-debian:bookworm-slim";
    org.junit.jupiter.api.Assumptions.assumeTrue(
        engine.imageExists(standin), "skipped: no stand-ins built (.ci/images/build.sh)");
    Files.createDirectories(home.resolve("solutions/01-demo"));
    Files.writeString(home.resolve("solutions/01-demo/Dockerfile"), "FROM " + standin + "\n");
    StringWriter out = new StringWriter();
    CommandLine doctor = new CommandLine(new DoctorCommand(System.getenv(), home));
    doctor.setOut(new PrintWriter(out));
    assertThat(doctor.execute()).isEqualTo(ExitCode.OK);
    assertThat(out.toString())
        .contains("ok       " + standin + "  (local stand-in from .ci/images)")
        .doesNotContain("Warning");
  }

  @Test
  void theRealCourseIsScannedFromStagecraftHome() {
    StringWriter out = new StringWriter();
    CommandLine doctor =
        new CommandLine(
            new DoctorCommand(
                System.getenv(), Path.of(System.getProperty("stagecraft.home", "."))));
    doctor.setOut(new PrintWriter(out));
    assertThat(doctor.execute()).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("Builder         ");
  }
}
