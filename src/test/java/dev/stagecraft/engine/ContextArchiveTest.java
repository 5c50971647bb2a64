package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextArchiveTest {

  @TempDir Path dir;

  private Path context;

  private Path write(Path path, String text) throws IOException {
    Files.createDirectories(path.getParent());
    return Files.writeString(path, text);
  }

  /** Entry name to content ("/" for directories). */
  private static Map<String, String> entries(ContextArchive.Packed packed) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (InputStream in = packed.open();
        TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        entries.put(
            entry.getName(),
            entry.isDirectory() ? "/" : new String(tar.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }

  private void sampleContext() throws IOException {
    context = dir.resolve("ctx");
    write(context.resolve("main.go"), "package main");
    write(context.resolve("node_modules/dep/index.js"), "dep");
    write(context.resolve("secret.env"), "TOKEN=x");
    write(context.resolve(".dockerignore"), "node_modules\n*.env\n");
    write(context.resolve("Dockerfile"), "FROM scratch\n");
  }

  @Test
  void packsTheContextWithoutWhatDockerignoreExcludes() throws Exception {
    sampleContext();
    Path tar;
    try (ContextArchive.Packed packed =
        ContextArchive.pack(context, context.resolve("Dockerfile"))) {
      tar = packed.tarFile();
      assertThat(packed.dockerfilePath()).isEqualTo("Dockerfile");
      Map<String, String> entries = entries(packed);
      assertThat(entries).containsEntry("main.go", "package main").containsKey("Dockerfile");
      assertThat(entries.keySet()).noneMatch(name -> name.startsWith("node_modules"));
      assertThat(entries).doesNotContainKey("secret.env");
    }
    assertThat(tar).doesNotExist();
  }

  @Test
  void aDockerfileOutsideTheContextTravelsUnderAPrivateName() throws Exception {
    sampleContext();
    Path outside = write(dir.resolve("solutions/Dockerfile"), "FROM scratch\nCOPY main.go /\n");
    try (ContextArchive.Packed packed = ContextArchive.pack(context, outside)) {
      assertThat(packed.dockerfilePath()).startsWith(".stagecraft-dockerfile-");
      assertThat(entries(packed))
          .containsEntry(packed.dockerfilePath(), "FROM scratch\nCOPY main.go /\n")
          .containsEntry("Dockerfile", "FROM scratch\n");
    }
  }

  @Test
  void aDockerignoreBesideTheDockerfileWins() throws Exception {
    sampleContext();
    Path outside = write(dir.resolve("solutions/Dockerfile"), "FROM scratch\n");
    write(dir.resolve("solutions/Dockerfile.dockerignore"), "main.go\n");
    try (ContextArchive.Packed packed = ContextArchive.pack(context, outside)) {
      Map<String, String> entries = entries(packed);
      assertThat(entries).doesNotContainKey("main.go").containsKey("secret.env");
    }
  }

  @Test
  void aDockerfileOutsideTheContextBringsItsFoldersDockerignore() throws Exception {
    sampleContext();
    Path outside = write(dir.resolve("solutions/Dockerfile"), "FROM scratch\n");
    write(dir.resolve("solutions/.dockerignore"), "secret.env\n");
    try (ContextArchive.Packed packed = ContextArchive.pack(context, outside)) {
      // The solution's own file replaces the context's: node_modules is no longer excluded.
      assertThat(entries(packed))
          .doesNotContainKey("secret.env")
          .containsKey("main.go")
          .containsKey("node_modules/dep/index.js");
    }
    write(dir.resolve("solutions/Dockerfile.dockerignore"), "main.go\n");
    try (ContextArchive.Packed packed = ContextArchive.pack(context, outside)) {
      assertThat(entries(packed)).doesNotContainKey("main.go").containsKey("secret.env");
    }
  }

  @Test
  void aDockerfileInsideTheContextIgnoresItsFoldersDockerignore() throws Exception {
    sampleContext();
    Path inside = write(context.resolve("docker/Dockerfile"), "FROM scratch\n");
    write(context.resolve("docker/.dockerignore"), "main.go\n");
    try (ContextArchive.Packed packed = ContextArchive.pack(context, inside)) {
      assertThat(entries(packed)).containsKey("main.go").doesNotContainKey("secret.env");
    }
  }

  @Test
  void anIgnoredDockerfileIsStillSent() throws Exception {
    sampleContext();
    write(context.resolve(".dockerignore"), "Dockerfile\n");
    try (ContextArchive.Packed packed =
        ContextArchive.pack(context, context.resolve("Dockerfile"))) {
      assertThat(packed.dockerfilePath()).startsWith(".stagecraft-dockerfile-");
      assertThat(entries(packed)).doesNotContainKey("Dockerfile");
    }
  }

  @Test
  void exceptionsReadmitFilesInsideExcludedDirectories() throws Exception {
    sampleContext();
    write(context.resolve(".dockerignore"), "node_modules\n!node_modules/dep/index.js\n");
    try (ContextArchive.Packed packed =
        ContextArchive.pack(context, context.resolve("Dockerfile"))) {
      assertThat(entries(packed)).containsEntry("node_modules/dep/index.js", "dep");
    }
  }

  @Test
  void aMissingContextOrDockerfileIsNamed() {
    assertThatThrownBy(() -> ContextArchive.pack(dir.resolve("nope"), dir.resolve("Dockerfile")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("nope");
    assertThatThrownBy(() -> ContextArchive.pack(dir, dir.resolve("Missing.Dockerfile")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Missing.Dockerfile");
  }
}
