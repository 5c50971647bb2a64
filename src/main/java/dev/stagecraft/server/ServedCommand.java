package dev.stagecraft.server;

import dev.stagecraft.cli.Main;
import dev.stagecraft.engine.OpenSessions;
import dev.stagecraft.terminal.Glyphs;
import dev.stagecraft.terminal.OutputMode;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;

/**
 * One command the server runs for a client: the same command line a shell would run, its output
 * sent back in frames. When the client goes away (Ctrl-C) what the command started in the engine is
 * removed, as the JVM would on Ctrl-C, and the command ends on its own.
 */
final class ServedCommand {

  private final Wire.Request request;
  private final DataOutputStream answer;
  private final InputStream fromClient;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicBoolean clientLeft = new AtomicBoolean();

  ServedCommand(Wire.Request request, DataOutputStream answer, InputStream fromClient) {
    this.request = request;
    this.answer = answer;
    this.fromClient = fromClient;
  }

  /** Runs the command; its output is sent as it comes, its exit code is the caller's to send. */
  int run() {
    Thread watcher = new Thread(this::stopWhenClientLeaves, "stagecraft-server-client");
    watcher.setDaemon(true);
    watcher.start();
    Charset charset = charset(request.charset());
    OutputMode mode = new OutputMode(request.color(), request.width(), Glyphs.forCharset(charset));
    int code;
    try (PrintWriter out = writer(false, charset);
        PrintWriter err = writer(true, charset)) {
      CommandLine commandLine = Main.commandLine();
      commandLine.setOut(out);
      commandLine.setErr(err);
      code =
          OutputMode.writingTo(
              mode, () -> commandLine.execute(request.arguments().toArray(String[]::new)));
      out.flush();
      err.flush();
    } finally {
      running.set(false);
    }
    return code;
  }

  /** Whether the client went away before the command ended: nobody waits for its answer. */
  boolean clientLeft() {
    return clientLeft.get();
  }

  /** Ends the answer: the client exits with {@code code}. */
  void sendExit(int code) throws IOException {
    synchronized (answer) {
      Wire.writeExit(answer, code);
    }
  }

  private PrintWriter writer(boolean standardError, Charset charset) {
    OutputStream frames =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] bytes, int offset, int length) throws IOException {
            synchronized (answer) {
              Wire.writeOutput(answer, standardError, bytes, offset, length);
            }
          }
        };
    return new PrintWriter(new OutputStreamWriter(frames, charset), false);
  }

  /** The client sends nothing after its request: the end of its stream is it going away. */
  private void stopWhenClientLeaves() {
    try {
      while (fromClient.read() >= 0) {
        // Nothing is expected; a stray byte is ignored.
      }
    } catch (IOException gone) {
      // Gone all the same.
    }
    if (running.get()) {
      clientLeft.set(true);
      OpenSessions.stopAll();
    }
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
