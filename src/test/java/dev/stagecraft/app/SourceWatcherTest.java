package dev.stagecraft.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The watcher on this machine's file system, written to as editors write. */
@Timeout(30)
class SourceWatcherTest {

  @TempDir Path context;

  private final BlockingQueue<Path> changes = new LinkedBlockingQueue<>();

  private SourceWatcher watch(Path dockerfile) {
    SourceWatcher.Start start = SourceWatcher.start(context, dockerfile, changes::add);
    assertThat(start).isInstanceOf(SourceWatcher.Start.Watching.class);
    return ((SourceWatcher.Start.Watching) start).watcher();
  }

  private Path next() throws InterruptedException {
    Path changed = changes.poll(5, TimeUnit.SECONDS);
    assertThat(changed).as("a change was reported").isNotNull();
    return changed;
  }

  @Test
  void aFileReplacedByRenameIsSeenEverySave() throws Exception {
    Path dockerfile = Files.writeString(context.resolve("Dockerfile"), "FROM scratch\n");
    SourceWatcher watcher = watch(dockerfile);
    try {
      for (int save = 0; save < 3; save++) {
        // vim: write a new file, rename it over the old one.
        Path temp = Files.writeString(context.resolve("Dockerfile.new"), "FROM scratch # " + save);
        changes.clear();
        Files.move(temp, dockerfile, StandardCopyOption.ATOMIC_MOVE);
        Path changed;
        do {
          changed = next();
        } while (!changed.equals(dockerfile));
        assertThat(changed).isEqualTo(dockerfile);
      }
      // VS Code: truncate and rewrite in place.
      changes.clear();
      Files.writeString(dockerfile, "FROM scratch\nUSER 1\n");
      assertThat(next()).isEqualTo(dockerfile);
    } finally {
      watcher.close();
    }
  }

  @Test
  void foldersMadeLaterAreWatchedAndScratchFilesAreNot() throws Exception {
    Path dockerfile = Files.writeString(context.resolve("Dockerfile"), "FROM scratch\n");
    Files.createDirectories(context.resolve(".git"));
    SourceWatcher watcher = watch(dockerfile);
    try {
      Files.writeString(context.resolve(".Dockerfile.swp"), "x");
      Files.writeString(context.resolve("Dockerfile~"), "x");
      Files.writeString(context.resolve("notes.bak"), "x");
      Files.writeString(context.resolve(".git/index"), "x");
      Path src = Files.createDirectories(context.resolve("src"));
      assertThat(next()).isEqualTo(src);
      Thread.sleep(200);
      Files.writeString(src.resolve("main.go"), "package main\n");
      Path changed;
      do {
        changed = next();
      } while (changed.equals(src));
      assertThat(changed).isEqualTo(src.resolve("main.go"));
      assertThat(changes.poll(300, TimeUnit.MILLISECONDS)).isIn(null, src.resolve("main.go"));
    } finally {
      watcher.close();
    }
  }

  @Test
  void aDockerfileOutsideTheContextIsWatchedAlone(@TempDir Path elsewhere) throws Exception {
    Path dockerfile = Files.writeString(elsewhere.resolve("Draft.Dockerfile"), "FROM scratch\n");
    SourceWatcher watcher = watch(dockerfile);
    try {
      Files.writeString(elsewhere.resolve("unrelated.txt"), "x");
      Files.writeString(dockerfile, "FROM scratch\nUSER 1\n");
      assertThat(next()).isEqualTo(dockerfile);
    } finally {
      watcher.close();
    }
  }

  @Test
  void scratchFilesAndVcsDataAreNoSave() {
    assertThat(SourceWatcher.worthACheck(Path.of("Dockerfile"))).isTrue();
    assertThat(SourceWatcher.worthACheck(Path.of("src/main.go"))).isTrue();
    assertThat(SourceWatcher.worthACheck(Path.of(".git/HEAD"))).isFalse();
    assertThat(SourceWatcher.worthACheck(Path.of("Dockerfile.bak"))).isFalse();
    assertThat(SourceWatcher.worthACheck(Path.of(".Dockerfile.swp"))).isFalse();
    assertThat(SourceWatcher.worthACheck(Path.of("4913"))).isFalse();
  }
}
