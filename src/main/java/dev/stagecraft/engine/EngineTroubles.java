package dev.stagecraft.engine;

import com.github.dockerjava.api.exception.DockerException;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.NoHttpResponseException;

/**
 * Puts a failed engine call into the words of {@link EngineTrouble}: which kind of trouble, and
 * what the engine or the connection said, without any exception's class name.
 */
public final class EngineTroubles {

  private EngineTroubles() {}

  /** The trouble {@code failure} shows, {@code step} being where the check was. */
  public static EngineTrouble classify(Throwable failure, EngineStep step) {
    for (Throwable t = failure; t != null; t = next(t)) {
      if (t instanceof EngineTroubleException known) {
        return known.trouble();
      }
    }
    String words = words(failure);
    if (outOfSpace(words) || chainMentions(failure, "no space left on device")) {
      return EngineTrouble.of(EngineTrouble.Type.OUT_OF_SPACE, step, words);
    }
    if (has(failure, QuickCallTimeout.class)) {
      return EngineTrouble.of(EngineTrouble.Type.STOPPED_ANSWERING, step, words);
    }
    if (has(failure, ConnectException.class)
        || has(failure, NoSuchFileException.class)
        || chainMentions(failure, "connection refused")) {
      return EngineTrouble.of(EngineTrouble.Type.UNREACHABLE, step, words);
    }
    if (has(failure, MalformedChunkCodingException.class)
        || has(failure, ConnectionClosedException.class)
        || has(failure, NoHttpResponseException.class)
        || has(failure, SocketException.class)
        || has(failure, EOFException.class)
        || has(failure, ClosedChannelException.class)) {
      return EngineTrouble.of(EngineTrouble.Type.WENT_AWAY, step, words);
    }
    if (has(failure, DockerException.class) || failure instanceof EngineException) {
      return EngineTrouble.of(EngineTrouble.Type.ANSWERED_ERROR, step, words);
    }
    // Anything else broke the exchange itself (a closed connection pool, a torn stream).
    return EngineTrouble.of(EngineTrouble.Type.WENT_AWAY, step, words);
  }

  /**
   * Whether a failure means the engine itself is in trouble (gone, hung, full), as opposed to an
   * answer about what was asked (a program that does not start, a path that cannot be read).
   */
  public static boolean isEngineDown(EngineTrouble trouble) {
    return !(trouble.type() == EngineTrouble.Type.ANSWERED_ERROR);
  }

  /** True when the engine's words say its disk is full. */
  public static boolean outOfSpace(String engineWords) {
    return engineWords.toLowerCase(Locale.ROOT).contains("no space left on device");
  }

  /** What the engine said (its JSON "message"), or the innermost reason; no class names. */
  static String words(Throwable failure) {
    for (Throwable t = failure; t != null; t = next(t)) {
      if (t instanceof DockerException docker) {
        return ImageBuilder.engineMessage(docker);
      }
      if (t instanceof EngineException && t.getCause() == null) {
        return String.valueOf(t.getMessage()).strip();
      }
    }
    Throwable root = EngineProblems.rootCause(failure);
    String message = root.getMessage();
    // A connection torn down under a read says nothing of itself.
    return message == null || message.isBlank() ? "the connection broke off" : message.strip();
  }

  private static boolean has(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = next(t)) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean chainMentions(Throwable failure, String text) {
    for (Throwable t = failure; t != null; t = next(t)) {
      if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(text)) {
        return true;
      }
    }
    return false;
  }

  private static Throwable next(Throwable t) {
    return t.getCause() == t ? null : t.getCause();
  }
}
