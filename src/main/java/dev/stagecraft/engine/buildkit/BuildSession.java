package dev.stagecraft.engine.buildkit;

import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.MultiThreadIoEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.nio.NioIoHandler;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioServerSocketChannel;
import io.grpc.netty.shaded.io.netty.util.concurrent.DefaultThreadFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A BuildKit session: the engine's way of reading a build's files from the client. {@code POST
 * /session} upgraded to HTTP/2 turns the connection around, the engine becomes the gRPC client and
 * we serve the methods named in the upgrade's headers. The gRPC server listens on a loopback port
 * of our own, and two threads copy bytes between it and the upgraded connection.
 */
public final class BuildSession implements AutoCloseable {

  /** The gRPC methods we serve: the engine calls no other. */
  private static final List<String> METHODS =
      List.of(
          "/moby.filesync.v1.FileSync/DiffCopy",
          "/moby.filesync.v1.Auth/Credentials",
          "/moby.buildkit.secrets.v1.Secrets/GetSecret",
          "/grpc.health.v1.Health/Check");

  private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final int MAX_HEAD_BYTES = 16 * 1024;

  private final String id;
  private final Server server;
  private final EventLoopGroup loop;
  private final EngineSocket engine;
  private final EngineSocket local;

  private BuildSession(
      String id, Server server, EventLoopGroup loop, EngineSocket engine, EngineSocket local) {
    this.id = id;
    this.server = server;
    this.loop = loop;
    this.engine = engine;
    this.local = local;
  }

  /**
   * Opens a session on the engine at {@code endpoint} serving {@code dirs} by name ({@code
   * context}, {@code dockerfile}) and {@code secrets} by id.
   *
   * @param sharedKey names the context across builds, so the engine reuses what it already has
   */
  public static BuildSession open(
      URI endpoint,
      String apiVersion,
      Map<String, SyncedDir> dirs,
      Map<String, byte[]> secrets,
      String sharedKey)
      throws IOException {
    String id = newId();
    EventLoopGroup loop = newLoop();
    Server server = newServer(loop, dirs, secrets);
    EngineSocket engine = null;
    EngineSocket local = null;
    try {
      engine = EngineSocket.connect(endpoint);
      upgrade(engine, apiVersion, id, sharedKey);
      local = EngineSocket.loopback((InetSocketAddress) server.getListenSockets().get(0));
      BuildSession session = new BuildSession(id, server, loop, engine, local);
      pump("stagecraft-session-in-" + id, engine.in(), local.out(), local);
      pump("stagecraft-session-out-" + id, local.in(), engine.out(), engine);
      return session;
    } catch (IOException | RuntimeException e) {
      if (engine != null) {
        engine.close();
      }
      if (local != null) {
        local.close();
      }
      server.shutdownNow();
      stop(loop);
      throw e;
    }
  }

  private static EventLoopGroup newLoop() {
    return new MultiThreadIoEventLoopGroup(
        1, new DefaultThreadFactory("stagecraft-session-io", true), NioIoHandler.newFactory());
  }

  /** The session's services on a loopback port, started; the engine reaches them through us. */
  private static Server newServer(
      EventLoopGroup loop, Map<String, SyncedDir> dirs, Map<String, byte[]> secrets)
      throws IOException {
    return NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
        .bossEventLoopGroup(loop)
        .workerEventLoopGroup(loop)
        .channelType(NioServerSocketChannel.class)
        .addService(ServerInterceptors.intercept(new FileSyncService(dirs), new RequestHeaders()))
        .addService(new SessionServices.Auth())
        .addService(new SessionServices.Secrets(secrets))
        .addService(new SessionServices.Health())
        .build()
        .start();
  }

  /**
   * Starts and stops the session's services once, with no engine, so a long-lived process (the
   * check server) has gRPC and netty loaded before its first build: a third of a second otherwise
   * paid by the first check that builds.
   */
  public static void warmUp() throws IOException {
    EventLoopGroup loop = newLoop();
    stop(newServer(loop, Map.of(), Map.of()), loop);
  }

  /** The id {@code POST /build} names in its {@code session} parameter. */
  public String id() {
    return id;
  }

  private static void upgrade(EngineSocket engine, String apiVersion, String id, String sharedKey)
      throws IOException {
    StringBuilder request =
        new StringBuilder()
            .append("POST /v")
            .append(apiVersion)
            .append("/session HTTP/1.1\r\n")
            .append("Host: docker\r\n")
            .append("Upgrade: h2c\r\n")
            .append("Connection: Upgrade\r\n")
            .append("Content-Length: 0\r\n")
            .append("X-Docker-Expose-Session-Uuid: ")
            .append(id)
            .append("\r\n")
            .append("X-Docker-Expose-Session-Name: stagecraft\r\n")
            .append("X-Docker-Expose-Session-Sharedkey: ")
            .append(sharedKey)
            .append("\r\n");
    for (String method : METHODS) {
      request.append("X-Docker-Expose-Session-Grpc-Method: ").append(method).append("\r\n");
    }
    request.append("\r\n");
    OutputStream out = engine.out();
    out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
    out.flush();
    String head = readHead(engine.in());
    String statusLine = head.lines().findFirst().orElse("");
    if (!statusLine.matches("HTTP/1\\.[01] 101\\b.*")) {
      throw new IOException("the engine refused a BuildKit session (" + statusLine.strip() + ")");
    }
  }

  /**
   * Reads the response head byte by byte: after the blank line, the connection carries HTTP/2, and
   * not one byte of it may be read here.
   */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0 || head.size() > MAX_HEAD_BYTES) {
        throw new IOException("the engine closed the session request without an answer");
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private static void pump(String name, InputStream from, OutputStream to, EngineSocket target) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[64 * 1024];
              try {
                int n;
                while ((n = from.read(buffer)) >= 0) {
                  to.write(buffer, 0, n);
                }
              } catch (IOException closed) {
                // One side went away: the session is over.
              }
              target.shutdownOutput();
            },
            name);
    thread.setDaemon(true);
    thread.start();
  }

  private static String newId() {
    SecureRandom random = new SecureRandom();
    StringBuilder id = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
    }
    return id.toString();
  }

  @Override
  public void close() {
    engine.close();
    local.close();
    stop(server, loop);
  }

  private static void stop(Server server, EventLoopGroup loop) {
    server.shutdownNow();
    try {
      server.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    stop(loop);
  }

  /**
   * Ends the server's event loop now. Its thread waits in the kernel (epoll), and a JVM that exits
   * while a thread waits there gives it 300 ms to return first: every check from a shell paid them
   * when gRPC's shared loop, released a second after use, was still running.
   */
  private static void stop(EventLoopGroup loop) {
    loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(2, TimeUnit.SECONDS);
  }
}
