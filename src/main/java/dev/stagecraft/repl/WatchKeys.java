package dev.stagecraft.repl;

import dev.stagecraft.app.WatchEvent;
import java.io.IOException;
import java.util.function.Consumer;
import org.jline.utils.NonBlockingReader;

/**
 * Reads single keys during a watch and posts what they mean: Enter checks now; q, Ctrl-C, Ctrl-D or
 * the end of input leave. Reads with a short timeout so it can be stopped without eating a key
 * meant for the prompt that follows.
 */
final class WatchKeys {

  private static final int CTRL_C = 3;
  private static final int CTRL_D = 4;
  private static final long POLL_MILLIS = 100;

  private final NonBlockingReader reader;
  private final Consumer<WatchEvent> post;
  private final Thread thread;
  private volatile boolean stopped;

  WatchKeys(NonBlockingReader reader, Consumer<WatchEvent> post) {
    this.reader = reader;
    this.post = post;
    this.thread = new Thread(this::read, "stagecraft-watch-keys");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /** Stops reading and waits until the thread no longer touches the terminal. */
  void stop() throws InterruptedException {
    stopped = true;
    thread.join(2_000);
  }

  private void read() {
    try {
      while (!stopped) {
        int key = reader.read(POLL_MILLIS);
        if (key == NonBlockingReader.READ_EXPIRED) {
          continue;
        }
        if (key == '\r' || key == '\n') {
          post.accept(new WatchEvent.CheckRequested());
        } else if (key == 'q' || key == 'Q' || key == CTRL_C || key == CTRL_D || key < 0) {
          post.accept(new WatchEvent.LeaveRequested());
          return;
        }
      }
    } catch (IOException e) {
      // The terminal is gone: nobody is left to watch for.
      post.accept(new WatchEvent.LeaveRequested());
    }
  }
}
