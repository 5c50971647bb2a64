package dev.stagecraft.engine;

import java.io.InterruptedIOException;
import java.time.Duration;

/** A call that should be quick got no answer within its time: the engine hangs. */
final class QuickCallTimeout extends InterruptedIOException {

  QuickCallTimeout(String what, Duration limit) {
    super(what + " got no answer within " + limit.toSeconds() + " s");
  }
}
