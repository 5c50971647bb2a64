package dev.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  @Test
  void findsBaseImagesButNotStagesScratchOrArgs() {
    assertThat(
            DoctorCommand.CourseImages.imagesIn(
                List.of(
                    "ARG GO=1.22",
                    "FROM golang:1.22 AS build",
                    "from --platform=$BUILDPLATFORM node:20-slim as assets",
                    "FROM build AS test",
                    "FROM golang:${GO}",
                    "COPY --from=assets /app/dist /dist",
                    "COPY --from=nginx:alpine /etc/nginx/nginx.conf /etc/",
                    "COPY --from=0 /x /y",
                    "FROM scratch",
                    "  FROM busybox:1.36")))
        .containsExactly("busybox:1.36", "golang:1.22", "nginx:alpine", "node:20-slim");
  }

  @Test
  void scansExercisesAndSolutions() throws Exception {
    Files.createDirectories(home.resolve("exercises/01-go"));
    Files.createDirectories(home.resolve("solutions/01-go"));
    Files.createDirectories(home.resolve("exercises/02-empty"));
    Files.writeString(home.resolve("exercises/01-go/Dockerfile"), "FROM golang:1.22\n");
    Files.writeString(
        home.resolve("solutions/01-go/Dockerfile"),
        "FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\n");
    assertThat(DoctorCommand.CourseImages.scan(home)).containsExactly("alpine:3.20", "golang:1.22");
  }
}
