package dev.stagecraft.server;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What client and server say to each other over the socket. The client sends one {@link Request};
 * the server answers with frames: bytes for standard output, bytes for standard error, and last the
 * exit code. The client sends nothing more: closing its end (Ctrl-C) asks the server to stop.
 */
final class Wire {

  /** Changes whenever the format does; a server and client of different builds never meet. */
  static final String GREETING = "stagecraft-check-1";

  static final int MAX_ARGUMENTS = 256;
  static final int MAX_FRAME = 1 << 20;

  private static final byte STDOUT = 'o';
  private static final byte STDERR = 'e';
  private static final byte EXIT = 'x';

  private Wire() {}

  /**
   * One command: its arguments, and the client's standard output as the command should write for it
   * (colour, width, and the charset it encodes text with).
   */
  record Request(List<String> arguments, boolean color, int width, String charset) {
    Request {
      arguments = List.copyOf(arguments);
    }
  }

  /** A frame of the answer. */
  sealed interface Frame {
    record Output(boolean standardError, byte[] bytes) implements Frame {}

    record Exit(int code) implements Frame {}
  }

  static void writeRequest(DataOutputStream out, Request request) throws IOException {
    out.writeUTF(GREETING);
    out.writeInt(request.arguments().size());
    for (String argument : request.arguments()) {
      writeString(out, argument);
    }
    out.writeBoolean(request.color());
    out.writeInt(request.width());
    writeString(out, request.charset());
    out.flush();
  }

  /**
   * Reads a request.
   *
   * @throws IOException when the bytes are not a request of this format (another build's client)
   */
  static Request readRequest(DataInputStream in) throws IOException {
    String greeting = in.readUTF();
    if (!greeting.equals(GREETING)) {
      throw new IOException("not a stagecraft check request of this build: " + greeting);
    }
    int count = in.readInt();
    if (count < 0 || count > MAX_ARGUMENTS) {
      throw new IOException("a request with " + count + " arguments");
    }
    List<String> arguments = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      arguments.add(readString(in));
    }
    boolean color = in.readBoolean();
    int width = in.readInt();
    String charset = readString(in);
    return new Request(arguments, color, width, charset);
  }

  static void writeOutput(
      DataOutputStream out, boolean standardError, byte[] bytes, int offset, int length)
      throws IOException {
    out.writeByte(standardError ? STDERR : STDOUT);
    out.writeInt(length);
    out.write(bytes, offset, length);
    out.flush();
  }

  static void writeExit(DataOutputStream out, int code) throws IOException {
    out.writeByte(EXIT);
    out.writeInt(code);
    out.flush();
  }

  /**
   * The next frame of an answer.
   *
   * @throws EOFException when the server closed the connection before the exit code
   */
  static Frame readFrame(DataInputStream in) throws IOException {
    byte kind = in.readByte();
    switch (kind) {
      case STDOUT, STDERR -> {
        int length = in.readInt();
        if (length < 0 || length > MAX_FRAME) {
          throw new IOException("a frame of " + length + " bytes");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
          throw new EOFException();
        }
        return new Frame.Output(kind == STDERR, bytes);
      }
      case EXIT -> {
        return new Frame.Exit(in.readInt());
      }
      default -> throw new IOException("an answer frame of unknown kind " + kind);
    }
  }

  /** UTF-8 with a length, as {@code writeUTF} has a 64 KB limit and its own encoding. */
  private static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_FRAME) {
      throw new IOException("a string of " + length + " bytes");
    }
    byte[] bytes = in.readNBytes(length);
    if (bytes.length < length) {
      throw new EOFException();
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
