package dev.stagecraft.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedContextTest {

  @TempDir Path dir;

  private Path context() throws IOException {
    Path context = Files.createDirectories(dir.resolve("exercise"));
    Files.createDirectories(context.resolve("src"));
    Files.writeString(context.resolve("src/app.js"), "console.log('hi');\n");
    Files.writeString(context.resolve("package.json"), "{}\n");
    Files.writeString(context.resolve("Dockerfile"), "FROM scratch\n");
    Path script = Files.writeString(context.resolve("run.sh"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return context;
  }

  @Test
  void copiesTheContextAppliesTheChangeAndLeavesTheOriginalAlone() throws IOException {
    Path context = context();
    Path copyRoot;
    try (ChangedContext changed =
        ChangedContext.of(
            context, context.resolve("Dockerfile"), ContextChange.touch("src/app.js"))) {
      copyRoot = changed.contextDir();
      // The change, then a blank line of spaces and tabs no earlier build has seen.
      assertThat(Files.readString(copyRoot.resolve("src/app.js")))
          .matches("console\\.log\\('hi'\\);\n\n[ \t]{64}\n");
      assertThat(Files.readString(copyRoot.resolve("package.json"))).isEqualTo("{}\n");
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(copyRoot.resolve("run.sh"))))
          .isEqualTo("rwxr-xr-x");
      assertThat(changed.dockerfile()).isEqualTo(copyRoot.resolve("Dockerfile"));
    }
    assertThat(Files.readString(context.resolve("src/app.js"))).isEqualTo("console.log('hi');\n");
    assertThat(copyRoot).doesNotExist();
  }

  @Test
  void aDockerfileOutsideTheContextIsUsedWhereItIs() throws IOException {
    Path context = context();
    Path outside = Files.writeString(dir.resolve("answer.Dockerfile"), "FROM scratch\n");
    try (ChangedContext changed =
        ChangedContext.of(context, outside, new ContextChange("package.json", " "))) {
      assertThat(changed.dockerfile()).isEqualTo(outside.toAbsolutePath().normalize());
    }
  }

  @Test
  void refusesAFileOutsideTheContextOrMissing() throws IOException {
    Path context = context();
    Path dockerfile = context.resolve("Dockerfile");
    assertThatThrownBy(
            () -> ChangedContext.of(context, dockerfile, ContextChange.touch("../elsewhere")))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> ChangedContext.of(context, dockerfile, ContextChange.touch("nope.js")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("nope.js");
  }

  @Test
  void twoCopiesWithTheSameChangeDifferSoNoCacheCanAnswerForTheSecond() throws Exception {
    Path context = context();
    Path dockerfile = context.resolve("Dockerfile");
    String first;
    try (ChangedContext changed =
        ChangedContext.of(context, dockerfile, ContextChange.touch("src/app.js"))) {
      first = Files.readString(changed.contextDir().resolve("src/app.js"));
    }
    try (ChangedContext changed =
        ChangedContext.of(context, dockerfile, ContextChange.touch("src/app.js"))) {
      assertThat(Files.readString(changed.contextDir().resolve("src/app.js"))).isNotEqualTo(first);
    }
  }
}
