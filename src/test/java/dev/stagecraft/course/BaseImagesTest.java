package dev.stagecraft.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaseImagesTest {

  @TempDir Path home;

  @Test
  void findsBaseImagesButNotStagesScratchOrArgsWithoutDefault() {
    assertThat(
            BaseImages.in(
                String.join(
                    "\n",
                    "ARG GO=1.22",
                    "ARG UNSET",
                    "FROM golang:1.22 AS build",
                    "from --platform=$BUILDPLATFORM node:20-slim as assets",
                    "FROM build AS test",
                    "FROM golang:${GO}",
                    "FROM python:${UNSET}",
                    "COPY --from=assets /app/dist /dist",
                    "COPY --from=nginx:alpine /etc/nginx/nginx.conf /etc/",
                    "COPY --from=0 /x /y",
                    "FROM scratch",
                    "  FROM busybox:1.36",
                    "")))
        .containsExactly("busybox:1.36", "golang:1.22", "nginx:alpine", "node:20-slim");
  }

  @Test
  void scansStartersAndSolutionsNamingWhoNeedsEachImage() throws Exception {
    Files.createDirectories(home.resolve("exercises/01-go"));
    Files.createDirectories(home.resolve("solutions/01-go"));
    Files.createDirectories(home.resolve("exercises/02-empty"));
    Files.writeString(home.resolve("exercises/01-go/Dockerfile"), "FROM golang:1.22\n");
    Files.writeString(
        home.resolve("solutions/01-go/Dockerfile"),
        "FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\n");

    BaseImages images = BaseImages.scan(home);

    assertThat(images.references()).containsExactly("alpine:3.20", "golang:1.22");
    assertThat(images.neededBy())
        .isEqualTo(
            Map.of(
                "alpine:3.20", List.of("solutions/01-go/Dockerfile"),
                "golang:1.22",
                    List.of("exercises/01-go/Dockerfile", "solutions/01-go/Dockerfile")));
  }

  @Test
  void theRealCourseNeedsItsKnownBases() throws Exception {
    assertThat(BaseImages.scan(Course.defaultHome()).references())
        .contains("golang:1.22", "alpine:3.20")
        .doesNotContain("scratch")
        .allSatisfy(image -> assertThat(image).doesNotContain("$"));
  }

  @Test
  void aStarterLinkedFromOutsideThePackIsRefused() throws Exception {
    Path theirs = Files.writeString(Files.createTempFile("theirs", ".Dockerfile"), "FROM x:1\n");
    try {
      Files.createDirectories(home.resolve("exercises/01-x"));
      Files.createSymbolicLink(home.resolve("exercises/01-x/Dockerfile"), theirs);

      assertThatThrownBy(() -> BaseImages.scan(home))
          .isInstanceOf(CourseException.class)
          .hasMessageStartingWith("exercises/01-x/Dockerfile: is a symbolic link");
    } finally {
      Files.delete(theirs);
    }
  }
}
