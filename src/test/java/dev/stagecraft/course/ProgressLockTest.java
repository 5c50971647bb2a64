package dev.stagecraft.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressLockTest {

  @TempDir Path dir;

  @Test
  void aSecondLockIsRefusedWithTheHoldersPidAndGrantedAfterRelease() throws Exception {
    Path file = dir.resolve(".stagecraft/progress.json");
    ProgressLock.Outcome first = ProgressLock.acquire(file);
    assertThat(first).isInstanceOf(ProgressLock.Outcome.Acquired.class);
    ProgressLock lock = ((ProgressLock.Outcome.Acquired) first).lock();
    assertThat(lock.lockFile()).isEqualTo(dir.resolve(".stagecraft/progress.json.lock"));
    assertThat(Files.readString(lock.lockFile()).strip())
        .isEqualTo(Long.toString(ProcessHandle.current().pid()));

    assertThat(ProgressLock.acquire(file))
        .isEqualTo(
            new ProgressLock.Outcome.HeldElsewhere(
                lock.lockFile(), OptionalLong.of(ProcessHandle.current().pid())));

    lock.close();
    assertThat(ProgressLock.holder(lock.lockFile())).isEmpty();
    ProgressLock.Outcome again = ProgressLock.acquire(file);
    assertThat(again).isInstanceOf(ProgressLock.Outcome.Acquired.class);
    ((ProgressLock.Outcome.Acquired) again).lock().close();
  }

  @Test
  void aFolderThatCannotHoldTheLockFileIsSaidSo() throws Exception {
    Path notAFolder = dir.resolve("file");
    Files.writeString(notAFolder, "x");

    assertThat(ProgressLock.acquire(notAFolder.resolve("progress.json")))
        .isInstanceOf(ProgressLock.Outcome.Unavailable.class);
  }
}
