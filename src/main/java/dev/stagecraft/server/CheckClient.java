package dev.stagecraft.server;

import dev.stagecraft.terminal.OutputMode;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Hands a command to a running {@link CheckServer} and relays its output and exit code, so the
 * shell sees what running it here would show. This JVM loads next to nothing, which is the point.
 *
 * <p>Usage: {@code java -cp stagecraft.jar dev.stagecraft.server.CheckClient SOCKET ARGS...} Exits
 * {@value #NO_SERVER} when no server answered before doing anything: the launcher then runs the
 * command itself.
 */
public final class CheckClient {

  /** No server took the command (sysexits' EX_TEMPFAIL); nothing was done. */
  public static final int NO_SERVER = 75;

  /** The server went away in the middle of the command (sysexits' EX_SOFTWARE). */
  static final int SERVER_LOST = 70;

  private CheckClient() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println(
          "usage: java -cp stagecraft.jar " + CheckClient.class.getName() + " SOCKET ARGS...");
      System.exit(2);
    }
    OutputMode mode = OutputMode.forStandardOutput();
    Wire.Request request =
        new Wire.Request(
            Arrays.asList(args).subList(1, args.length),
            mode.color(),
            mode.width(),
            standardOutputCharset().name());
    System.exit(run(Path.of(args[0]), request, System.out, System.err));
  }

  /** Sends {@code request} and relays the answer; returns the command's exit code. */
  static int run(Path socket, Wire.Request request, PrintStream out, PrintStream err) {
    SocketChannel channel;
    try {
      channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    } catch (IOException | UnsupportedOperationException noUnixSockets) {
      // A system without Unix-domain sockets has no server either: the check runs on its own.
      return NO_SERVER;
    }
    try {
      channel.connect(UnixDomainSocketAddress.of(socket));
    } catch (IOException nobodyListens) {
      // No server, or one that stopped and left its socket file: the check runs on its own.
      close(channel);
      return NO_SERVER;
    }
    boolean answered = false;
    try (channel) {
      Wire.writeRequest(new DataOutputStream(ChannelStreams.out(channel)), request);
      DataInputStream in =
          new DataInputStream(new BufferedInputStream(ChannelStreams.in(channel), 8192));
      while (true) {
        Wire.Frame frame = Wire.readFrame(in);
        answered = true;
        if (frame instanceof Wire.Frame.Output output) {
          PrintStream to = output.standardError() ? err : out;
          to.write(output.bytes(), 0, output.bytes().length);
          to.flush();
        } else if (frame instanceof Wire.Frame.Exit exit) {
          out.flush();
          err.flush();
          return exit.code();
        }
      }
    } catch (EOFException e) {
      if (!answered) {
        // A server stopping as it went idle closes connections it never read.
        return NO_SERVER;
      }
      return lost(socket, err, "it closed the connection");
    } catch (IOException e) {
      return answered ? lost(socket, err, e.getMessage()) : NO_SERVER;
    }
  }

  private static void close(SocketChannel channel) {
    try {
      channel.close();
    } catch (IOException alreadyGone) {
      // Nothing was sent on it.
    }
  }

  private static int lost(Path socket, PrintStream err, String why) {
    err.println(
        "stagecraft: the check server stopped before the command ended ("
            + why
            + "); its log is "
            + socket.resolveSibling(socket.getFileName() + ".log")
            + ". Run the command again; STAGECRAFT_SERVER=0 runs it without the server.");
    err.flush();
    return SERVER_LOST;
  }

  private static Charset standardOutputCharset() {
    String encoding = System.getProperty("stdout.encoding");
    return encoding != null && Charset.isSupported(encoding)
        ? Charset.forName(encoding)
        : Charset.defaultCharset();
  }
}
