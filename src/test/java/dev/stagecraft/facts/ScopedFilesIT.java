package dev.stagecraft.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stagecraft.engine.DockerEngine;
import dev.stagecraft.engine.EngineAvailable;
import dev.stagecraft.engine.EngineLeftovers;
import dev.stagecraft.engine.ImageFilesystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.Assumptions;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading only the paths checks name must give the answers a full export gives: same entries
 * through the same links, same PATH directory contents, same captured files. Run on images with
 * merged /usr links, alternatives links, busybox links and hard links.
 */
@ExtendWith(EngineAvailable.class)
class ScopedFilesIT {

  private static final List<String> LOOKED_UP =
      List.of(
          "/bin/sh",
          "/usr/bin/cc",
          "/usr/local/go/bin/go",
          "/etc/os-release",
          "/etc/ssl/certs",
          "/tmp",
          "/nonexistent/deeper/path",
          "/usr/bin/../bin/./env");

  @ParameterizedTest
  @ValueSource(strings = {"golang:1.22", "alpine:3.20", "debian:bookworm-slim"})
  void aScopedReadAnswersAsTheFullExportDoes(String image) throws Exception {
    DockerEngine engine = EngineAvailable.engine();
    boolean present = engine.imageExists(image);
    if (!present && EngineAvailable.required()) {
      throw new AssertionError(image + " is missing; run .ci/images/build.sh --tag-official");
    }
    Assumptions.assumeThat(present).as("skipped: no " + image + " image").isTrue();
    List<String> pathDirectories = pathDirectories(engine, image);
    List<String> requested = List.of("/etc/os-release", "/usr/bin/cc", "/etc/hostname");

    FileIndex complete;
    Map<String, CapturedFile> exported;
    ScopedFilesReader scoped;
    try (ImageFilesystem filesystem = engine.openFilesystem(image)) {
      FilesystemCollector collector =
          new FilesystemCollector(ImageFacts.FILES_TO_CAPTURE, requested, 4096);
      filesystem.export(collector);
      complete = collector.index();
      exported = withRequestedThroughLinks(filesystem, collector, complete, requested);
      scoped =
          new ScopedFilesReader(filesystem)
              .read(
                  FileScope.PATH_DIRECTORIES.and(FileScope.paths(LOOKED_UP)),
                  pathDirectories,
                  ImageFacts.FILES_TO_CAPTURE,
                  requested,
                  4096);
    }
    FileIndex partial = scoped.index();

    assertThat(partial.isComplete()).isFalse();
    assertThat(partial.size()).isLessThan(complete.size());
    for (String path : LOOKED_UP) {
      assertThat(describe(partial, path)).as(path).isEqualTo(describe(complete, path));
    }
    for (String dir : pathDirectories) {
      Optional<String> real = complete.resolvePath(dir);
      assertThat(partial.resolvePath(dir)).as(dir).isEqualTo(real);
      if (real.isPresent() && complete.resolve(dir).orElseThrow().kind() == FileKind.DIRECTORY) {
        assertThat(childrenOf(partial, real.get()))
            .as("contents of " + dir)
            .isEqualTo(childrenOf(complete, real.get()));
      }
    }
    assertThat(scoped.captured().keySet()).isEqualTo(exported.keySet());
    scoped
        .captured()
        .forEach(
            (path, file) ->
                assertThat(file.content()).as(path).isEqualTo(exported.get(path).content()));
    assertThat(EngineLeftovers.containers()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"debian:bookworm-slim"})
  void aPartialIndexRefusesPathsItWasNotGiven(String image) throws Exception {
    DockerEngine engine = EngineAvailable.engine();
    Assumptions.assumeThat(engine.imageExists(image)).as("skipped: no " + image).isTrue();
    FileIndex partial;
    try (ImageFilesystem filesystem = engine.openFilesystem(image)) {
      partial =
          new ScopedFilesReader(filesystem)
              .read(FileScope.paths(List.of("/etc/passwd")), List.of(), List.of(), List.of(), 0)
              .index();
    }
    assertThat(partial.resolve("/etc/passwd")).isPresent();
    assertThatThrownBy(() -> partial.resolve("/etc/shadow"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/etc/shadow");
    assertThatThrownBy(() -> partial.find(f -> true)).isInstanceOf(IllegalStateException.class);
  }

  private static List<String> pathDirectories(DockerEngine engine, String image) throws Exception {
    return engine.inspectImage(image).env().stream()
        .filter(e -> e.startsWith("PATH="))
        .flatMap(e -> List.of(e.substring("PATH=".length()).split(":")).stream())
        .toList();
  }

  private static Map<String, CapturedFile> withRequestedThroughLinks(
      ImageFilesystem filesystem,
      FilesystemCollector collector,
      FileIndex index,
      List<String> requested)
      throws Exception {
    for (String path : requested) {
      Optional<FileFact> target = index.resolve(path).filter(f -> f.kind() == FileKind.FILE);
      if (!collector.hasCaptured(path) && target.isPresent()) {
        byte[] bytes = filesystem.readFile(target.get().path(), 4096).orElseThrow();
        collector.add(new CapturedFile(FileIndex.normalise(path), bytes, false));
      }
    }
    return collector.captured();
  }

  /**
   * What a lookup shows a check, leaving out what a hard link changes: an export names one copy of
   * a hard-linked file a link to the other, a one-path read sees a plain file.
   */
  private static String describe(FileIndex index, String path) {
    return index.resolve(path).map(ScopedFilesIT::attributes).orElse("absent");
  }

  /** Each entry of a directory as itself, and the kind it leads to. */
  private static List<String> childrenOf(FileIndex index, String dir) {
    List<String> shown = new ArrayList<>();
    for (FileFact child : index.children(dir)) {
      FileKind kind = child.kind() == FileKind.HARDLINK ? FileKind.FILE : child.kind();
      shown.add(
          child.path()
              + " "
              + kind
              + " "
              + Integer.toOctalString(child.mode())
              + " "
              + owner(child)
              + " leads to "
              + index.resolveKind(child.path()).map(FileKind::name).orElse("nothing"));
    }
    return shown;
  }

  /**
   * Podman's archive endpoint writes every owner as 0:0 (with the right names), so the ids of a
   * scoped read cannot match its export there; docs/engine.md says so.
   */
  private static String owner(FileFact fact) {
    return EngineAvailable.engine().info().isPodman() ? "?:?" : fact.uid() + ":" + fact.gid();
  }

  private static String attributes(FileFact fact) {
    FileKind kind = fact.kind() == FileKind.HARDLINK ? FileKind.FILE : fact.kind();
    return kind
        + " "
        + Integer.toOctalString(fact.mode())
        + " "
        + owner(fact)
        + (kind == FileKind.FILE ? " " + fact.sizeBytes() + " bytes" : "");
  }
}
