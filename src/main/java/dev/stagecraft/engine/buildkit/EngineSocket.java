package dev.stagecraft.engine.buildkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * A raw byte connection to the engine's socket ({@code unix://} or plain {@code tcp://}), for the
 * one request the HTTP client cannot make: the session upgrade, after which the connection carries
 * HTTP/2 with the engine as the client.
 *
 * <p>The streams call the channel directly: {@code Channels.newInputStream} would take the
 * channel's blocking lock for reads and writes alike, and a read waiting for the engine would then
 * hold up every write.
 */
final class EngineSocket implements AutoCloseable {

  private final SocketChannel channel;
  private final InputStream in;
  private final OutputStream out;

  private EngineSocket(SocketChannel channel) {
    this.channel = channel;
    this.in = new ChannelIn(channel);
    this.out = new ChannelOut(channel);
  }

  /** Connects to {@code endpoint}; TLS endpoints are not supported here. */
  static EngineSocket connect(URI endpoint) throws IOException {
    String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme();
    SocketChannel channel;
    switch (scheme) {
      case "unix" -> {
        channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(endpoint.getPath()));
      }
      case "tcp", "http" -> {
        channel = SocketChannel.open();
        int port = endpoint.getPort() < 0 ? 2375 : endpoint.getPort();
        channel.connect(new InetSocketAddress(endpoint.getHost(), port));
      }
      default -> throw new IOException("a BuildKit session cannot be opened over " + endpoint);
    }
    return new EngineSocket(channel);
  }

  /** Connects to a local TCP port (the session's gRPC server). */
  static EngineSocket loopback(InetSocketAddress address) throws IOException {
    return new EngineSocket(SocketChannel.open(address));
  }

  InputStream in() {
    return in;
  }

  OutputStream out() {
    return out;
  }

  /** Tells the other end that nothing more will be written. */
  void shutdownOutput() {
    try {
      channel.shutdownOutput();
    } catch (IOException ignored) {
      // Already closed: the other end knows.
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException ignored) {
      // Closing a socket that failed leaves nothing behind.
    }
  }

  private static final class ChannelIn extends InputStream {
    private final SocketChannel channel;

    ChannelIn(SocketChannel channel) {
      this.channel = channel;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      int n;
      do {
        n = channel.read(ByteBuffer.wrap(b, off, len));
      } while (n == 0);
      return n;
    }
  }

  private static final class ChannelOut extends OutputStream {
    private final SocketChannel channel;

    ChannelOut(SocketChannel channel) {
      this.channel = channel;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    }
  }
}
