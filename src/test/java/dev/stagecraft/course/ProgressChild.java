package dev.stagecraft.course;

import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * A child JVM for the progress tests: {@code write FILE} saves progress over and over (one more
 * attempt each time) until it is killed; {@code hold FILE} takes the session lock and waits.
 */
public final class ProgressChild {

  private ProgressChild() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[1]);
    ProgressStore store = new ProgressStore(file);
    if (args[0].equals("hold")) {
      if (!(store.lock() instanceof ProgressLock.Outcome.Acquired)) {
        System.out.println("not locked");
        return;
      }
      System.out.println("locked");
      System.out.flush();
      Thread.sleep(60_000);
      return;
    }
    boolean told = false;
    while (true) {
      Progress progress = store.load().progress();
      // A longer file than one exercise makes a torn write likelier to show, if there were one.
      for (int i = 1; i <= 14; i++) {
        progress =
            progress.withCheck(
                String.format("%02d-exercise", i), i % 3 == 0, OptionalLong.of(i), Instant.now());
      }
      store.save(progress);
      if (!told) {
        System.out.println("writing");
        System.out.flush();
        told = true;
      }
    }
  }
}
