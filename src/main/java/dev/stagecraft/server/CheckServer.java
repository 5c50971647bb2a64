package dev.stagecraft.server;

import dev.stagecraft.cli.Main;
import dev.stagecraft.engine.buildkit.BuildSession;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;

/**
 * A JVM that stays up between checks run from a shell, so they skip the start of a JVM (classes
 * loaded, code compiled, the course read): the launcher starts it after a check and hands it the
 * next ones through a socket that only this user can open ({@link CheckClient}). It runs one
 * command at a time (a client that comes meanwhile is told it waits) and exits when idle for {@code
 * STAGECRAFT_SERVER_IDLE} seconds (default 20 minutes). A server serves one jar, course, folder and
 * environment: the launcher names the socket after them, so a rebuilt jar or another course gets a
 * server of its own and this one idles out.
 *
 * <p>Usage: {@code java -cp stagecraft.jar dev.stagecraft.server.CheckServer SOCKET}
 */
public final class CheckServer {

  static final Duration DEFAULT_IDLE = Duration.ofMinutes(20);
  static final String IDLE_ENVIRONMENT = "STAGECRAFT_SERVER_IDLE";

  private final Path socket;
  private final Duration idle;
  private final PrintStream log;

  CheckServer(Path socket, Duration idle, PrintStream log) {
    this.socket = socket;
    this.idle = idle;
    this.log = log;
  }

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println(
          "usage: java -cp stagecraft.jar " + CheckServer.class.getName() + " SOCKET");
      System.exit(2);
    }
    Duration idle = idleTime(System.getenv(IDLE_ENVIRONMENT)).orElse(DEFAULT_IDLE);
    int code = new CheckServer(Path.of(args[0]), idle, System.err).run();
    System.exit(code);
  }

  /** Serves until idle; 0 also when another server already serves this socket. */
  int run() {
    Path lockFile = socket.resolveSibling(socket.getFileName() + ".lock");
    try (FileChannel lockChannel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = lockChannel.tryLock()) {
      if (held == null) {
        log.println("another server serves " + socket);
        return 0;
      }
      startLogAnew();
      // A socket file left by a server that was killed answers nobody: bind anew.
      Files.deleteIfExists(socket);
      // Stopped (SIGTERM), the server takes its socket along, so no client knocks at a dead one.
      Runtime.getRuntime()
          .addShutdownHook(new Thread(this::removeSocket, "stagecraft-server-stop"));
      try (ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
          Selector selector = Selector.open()) {
        listener.bind(UnixDomainSocketAddress.of(socket));
        log.println(
            Instant.now()
                + " serving "
                + socket
                + " as pid "
                + ProcessHandle.current().pid()
                + ", idle limit "
                + idle);
        warmUp();
        listener.configureBlocking(false);
        listener.register(selector, SelectionKey.OP_ACCEPT);
        serve(listener, selector);
      } finally {
        Files.deleteIfExists(socket);
      }
      log.println(Instant.now() + " idle for " + idle + "; stopped");
      return 0;
    } catch (IOException e) {
      log.println(Instant.now() + " cannot serve " + socket + ": " + e);
      return 1;
    }
  }

  /**
   * Accepts clients while a command runs, so one that comes meanwhile hears why it waits; the
   * commands themselves run one after another, on one thread, in the order they came.
   */
  private void serve(ServerSocketChannel listener, Selector selector) throws IOException {
    ExecutorService commands =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "stagecraft-server-command");
              thread.setDaemon(true);
              return thread;
            });
    AtomicInteger underWay = new AtomicInteger();
    AtomicReference<Instant> lastUsed = new AtomicReference<>(Instant.now());
    try {
      while (true) {
        if (underWay.get() == 0) {
          Duration left = idle.minus(Duration.between(lastUsed.get(), Instant.now()));
          if (left.isNegative() || left.isZero()) {
            return;
          }
          selector.select(Math.max(1, left.toMillis()));
        } else {
          selector.select(); // woken by a client, or by the last command's end
        }
        selector.selectedKeys().clear();
        SocketChannel client = listener.accept();
        if (client == null) {
          continue;
        }
        client.configureBlocking(true);
        if (underWay.getAndIncrement() > 0) {
          tellToWait(client);
        }
        commands.execute(
            () -> {
              try (client) {
                answer(client);
              } catch (IOException | RuntimeException e) {
                log.println(Instant.now() + " a request failed: " + e);
              } finally {
                lastUsed.set(Instant.now());
                underWay.decrementAndGet();
                selector.wakeup();
              }
            });
      }
    } finally {
      commands.shutdownNow();
    }
  }

  /**
   * Tells a client that came while another command runs why nothing happens yet. ASCII only: its
   * charset is in the request, which is read when its turn comes.
   */
  private void tellToWait(SocketChannel client) {
    byte[] words =
        ("stagecraft: another check is running on this folder's check server (another terminal?);"
                + " this one starts when it ends. STAGECRAFT_SERVER=0 runs a check on its own.\n")
            .getBytes(StandardCharsets.US_ASCII);
    try {
      Wire.writeOutput(
          new DataOutputStream(ChannelStreams.out(client)), true, words, 0, words.length);
    } catch (IOException gone) {
      // Gone already: its turn finds that out.
    }
  }

  private void answer(SocketChannel client) throws IOException {
    DataInputStream in = new DataInputStream(ChannelStreams.in(client));
    Wire.Request request = Wire.readRequest(in);
    DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(ChannelStreams.out(client), 8192));
    Instant start = Instant.now();
    ServedCommand command = new ServedCommand(request, out, in);
    int code = command.run();
    // Logged before the client hears the end, so whoever waits on the client finds it here.
    log.println(
        Instant.now()
            + " "
            + String.join(" ", request.arguments())
            + " -> "
            + code
            + " in "
            + Duration.between(start, Instant.now()).toMillis()
            + " ms"
            + (command.clientLeft()
                ? " (the client left, Ctrl-C: what it started was stopped)"
                : ""));
    if (!command.clientLeft()) {
      command.sendExit(code);
    }
  }

  /**
   * Empties the log beside the socket, which the launcher opens for appending (so that a second
   * server, leaving it to this one, does not wipe it): the serving server's log starts with it.
   */
  private void startLogAnew() {
    try (FileChannel logFile =
        FileChannel.open(
            socket.resolveSibling(socket.getFileName() + ".log"), StandardOpenOption.WRITE)) {
      logFile.truncate(0);
    } catch (IOException noLogThere) {
      // Started by hand, logging elsewhere: nothing to empty.
    }
  }

  private void removeSocket() {
    try {
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      // The next client finds nobody answering and runs the check itself.
    }
  }

  /**
   * Loads what every check needs (the command line, the course, the BuildKit session's gRPC) before
   * the first one comes.
   */
  private void warmUp() {
    CommandLine commandLine = Main.commandLine();
    PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream());
    commandLine.setOut(discard);
    commandLine.setErr(discard);
    commandLine.execute("list");
    try {
      BuildSession.warmUp();
    } catch (IOException | RuntimeException e) {
      log.println(Instant.now() + " could not load the BuildKit session ahead: " + e);
    }
  }

  /** Seconds, from the environment; empty when unset or not a positive number. */
  static Optional<Duration> idleTime(String seconds) {
    if (seconds == null || seconds.isBlank()) {
      return Optional.empty();
    }
    try {
      long value = Long.parseLong(seconds.strip());
      return value > 0 ? Optional.of(Duration.ofSeconds(value)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
