package dev.stagecraft.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A second Docker daemon of a test's own: its own socket, data root, exec root, pid file and
 * bridge, so a test can kill, freeze or restart it (faults) or spread work over two engines (class
 * grading) without touching the engine every other test uses.
 *
 * <p>Found by trying (design.md): a second daemon needs a bridge of its own (with {@code --bridge
 * none} it deletes the first daemon's {@code docker0}); after {@code kill -9} its pid file stays
 * and blocks a restart, and the containerd shims of its containers live on. The daemon starts in
 * about a second with an empty image store: {@link #loadImages} copies images from the main engine.
 *
 * <p>Needs root and {@code dockerd} on the PATH. Without them the calling test is skipped with the
 * reason, unless CI asked for an engine ({@code stagecraft.requireEngine=true}), where it fails.
 */
public final class SecondDockerd implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final String name;
  private final Path home;
  private final String bridge;
  private final String subnet;
  private Process daemon;

  private SecondDockerd(String name, Path home, String bridge, String subnet) {
    this.name = name;
    this.home = home;
    this.bridge = bridge;
    this.subnet = subnet;
  }

  /**
   * Starts a daemon named {@code name} (letters and digits, at most 10; two daemons running at once
   * need different names), removing what an earlier run of the same name left behind.
   */
  public static SecondDockerd start(String name) {
    if (!name.matches("[a-z0-9]{1,10}")) {
      throw new IllegalArgumentException("name must be 1-10 lower-case letters or digits: " + name);
    }
    requireDaemonPossible();
    int octet = 100 + Math.floorMod(name.hashCode(), 100);
    SecondDockerd second =
        new SecondDockerd(
            name,
            Path.of("/tmp", "stagecraft-dockerd-" + name),
            "br-sc" + name,
            "172.31." + octet + ".1/24");
    second.removeRemains();
    second.createBridge();
    second.launch();
    return second;
  }

  /** The DOCKER_HOST of this daemon, e.g. {@code unix:///tmp/stagecraft-dockerd-x/docker.sock}. */
  public String host() {
    return "unix://" + socket();
  }

  /** A connection to this daemon through stagecraft's own engine port. */
  public DockerEngine connect() throws EngineUnavailableException {
    return DockerEngine.connect(Map.of("DOCKER_HOST", host()));
  }

  /** The daemon's log, for a failing test to show. */
  public Path log() {
    return home.resolve("dockerd.log");
  }

  /**
   * Copies images from the main engine ({@code docker save | docker load}); fast for small ones.
   */
  public void loadImages(String... references) {
    List<String> save = new ArrayList<>(List.of(dockerCli(), "save"));
    save.addAll(List.of(references));
    String pipeline =
        String.join(" ", save.stream().map(SecondDockerd::quoted).toList())
            + " | DOCKER_HOST="
            + quoted(host())
            + " "
            + dockerCli()
            + " load";
    run(List.of("bash", "-o", "pipefail", "-c", pipeline), Duration.ofMinutes(5));
  }

  /** Runs the docker CLI against this daemon; returns its standard output. */
  public String docker(String... arguments) {
    List<String> command = new ArrayList<>(List.of(dockerCli(), "--host", host()));
    command.addAll(List.of(arguments));
    return run(command, Duration.ofMinutes(2));
  }

  /**
   * Kills the daemon outright (SIGKILL), as a crash or the OOM killer would. Its containerd goes
   * too (left alone it holds its database and the restarted daemon's containerd never comes up);
   * the shims of running containers stay, as after a real crash.
   */
  public void kill() {
    signal("KILL");
    waitForExit();
    runQuietly(List.of("pkill", "-KILL", "-f", "containerd --config " + home.resolve("exec")));
    waitUntilNoProcessMatches("containerd --config " + home.resolve("exec"));
    // PID 1 of a container or sandbox may not reap: the killed containerd lingers as a zombie,
    // and a daemon that finds its pid file takes it for alive and waits on it forever.
    deleteQuietly(home.resolve("exec/containerd/containerd.pid"));
  }

  /** Freezes the daemon (SIGSTOP): its socket still accepts connections, nothing answers. */
  public void freeze() {
    signal("STOP");
  }

  /** Thaws a frozen daemon (SIGCONT). */
  public void thaw() {
    signal("CONT");
  }

  /** Starts the daemon again on the same data root, after {@link #kill} or a graceful stop. */
  public void restart() {
    if (daemon != null && daemon.isAlive()) {
      signal("TERM");
      waitForExit();
    }
    launch();
  }

  /** Stops the daemon and removes everything it had: containers, images, bridge, directories. */
  @Override
  public void close() {
    if (daemon != null && daemon.isAlive()) {
      signal("CONT");
      signal("TERM");
      waitForExit();
    }
    if (!Boolean.getBoolean("stagecraft.keepSecondDockerdLog")) {
      removeRemains();
    }
  }

  @Override
  public String toString() {
    return "second dockerd '" + name + "' at " + host();
  }

  private void launch() {
    try {
      Files.createDirectories(home);
      Files.deleteIfExists(home.resolve("docker.pid"));
      ProcessBuilder builder =
          new ProcessBuilder(
                  "dockerd",
                  "--host",
                  host(),
                  "--data-root",
                  home.resolve("data").toString(),
                  "--exec-root",
                  home.resolve("exec").toString(),
                  "--pidfile",
                  home.resolve("docker.pid").toString(),
                  "--bridge",
                  bridge,
                  "--iptables=false",
                  "--ip-masq=false")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
      daemon = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start dockerd for " + name, e);
    }
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!answers()) {
      if (!daemon.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the second dockerd '" + name + "' did not answer; its log:\n" + tail(log()));
      }
      sleep(Duration.ofMillis(200));
    }
  }

  private boolean answers() {
    try {
      Process version =
          new ProcessBuilder(
                  dockerCli(), "--host", host(), "version", "--format", "{{.Server.Version}}")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return version.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private Path socket() {
    return home.resolve("docker.sock");
  }

  private void signal(String signal) {
    if (daemon != null && daemon.isAlive()) {
      run(List.of("kill", "-" + signal, Long.toString(daemon.pid())), Duration.ofSeconds(10));
    }
  }

  private void waitForExit() {
    try {
      if (!daemon.waitFor(30, TimeUnit.SECONDS)) {
        signal("KILL");
        daemon.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Ends the processes of this daemon's exec root, unmounts its data root and deletes it. */
  private void removeRemains() {
    runQuietly(List.of("pkill", "-KILL", "-f", "--", "--exec-root " + home.resolve("exec")));
    runQuietly(List.of("pkill", "-KILL", "-f", "--", home.resolve("exec").toString()));
    runQuietly(
        List.of(
            "bash",
            "-c",
            "grep -o ' " + home + "[^ ]*' /proc/mounts | sort -r | xargs -r -n1 umount -l"));
    deleteTree(home);
    runQuietly(List.of("ip", "link", "delete", bridge));
  }

  private static void waitUntilNoProcessMatches(String pattern) {
    for (int attempt = 0; attempt < 100; attempt++) {
      try {
        if (new ProcessBuilder("pgrep", "-f", pattern)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()
                .waitFor()
            != 0) {
          return;
        }
      } catch (IOException e) {
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      sleep(Duration.ofMillis(100));
    }
  }

  private void createBridge() {
    run(List.of("ip", "link", "add", bridge, "type", "bridge"), Duration.ofSeconds(10));
    run(List.of("ip", "addr", "add", subnet, "dev", bridge), Duration.ofSeconds(10));
    run(List.of("ip", "link", "set", bridge, "up"), Duration.ofSeconds(10));
  }

  private static void requireDaemonPossible() {
    String reason = null;
    if (!"root".equals(System.getProperty("user.name"))) {
      reason = "a second dockerd needs root";
    } else if (!onPath("dockerd") || !onPath("ip")) {
      reason = "a second dockerd needs dockerd and ip on the PATH";
    }
    if (reason == null) {
      return;
    }
    if (EngineAvailable.required()) {
      throw new AssertionError("stagecraft.requireEngine=true but " + reason);
    }
    Assumptions.abort("skipped: " + reason);
  }

  private static boolean onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(":"))
        .anyMatch(directory -> Files.isExecutable(Path.of(directory, program)));
  }

  /** Debian's own client speaks to every engine here; a newer one first on PATH may not. */
  private static String dockerCli() {
    return Files.isExecutable(Path.of("/usr/bin/docker")) ? "/usr/bin/docker" : "docker";
  }

  private static String run(List<String> command, Duration timeout) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("timed out: " + String.join(" ", command));
      }
      String text = new String(output, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "failed (" + process.exitValue() + "): " + String.join(" ", command) + "\n" + text);
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
    }
  }

  private static void runQuietly(List<String> command) {
    try {
      new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor(30, TimeUnit.SECONDS);
    } catch (IOException e) {
      // best effort: what is not there needs no removing
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(SecondDockerd::deleteQuietly);
    } catch (IOException | UncheckedIOException e) {
      runQuietly(List.of("rm", "-rf", root.toString()));
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String tail(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static String quoted(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
