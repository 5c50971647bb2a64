package dev.stagecraft.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.engine.EngineAvailable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks from a shell through the launcher, {@code ./stagecraft check}: the first runs in its own
 * JVM and leaves a check server behind; the next are served, and read the same, exit the same, and
 * stop when the learner presses Ctrl-C.
 */
@ExtendWith(EngineAvailable.class)
class CheckServerIT {

  private static final Path CHECKOUT = Path.of("").toAbsolutePath();
  private static final Pattern SERVER_PID = Pattern.compile(" as pid (\\d+),");
  private static final String SOLUTION = "solutions/03-go-scratch/Dockerfile";

  @TempDir Path dir;

  private Path runtime;

  @BeforeEach
  void runtimeFolder() throws IOException {
    runtime = Files.createDirectories(dir.resolve("run"));
  }

  /**
   * Stops the servers, then empties the build cache of this test's cache folder: the kept images
   * share their tag with every other cache on this engine, and one whose folder is deleted with the
   * test would be left untagged and unknown to any ledger.
   */
  @AfterEach
  void stopServersAndEmptyTheCache() throws Exception {
    for (Path log : logs()) {
      Optional<ProcessHandle> server = serverPid(log).flatMap(ProcessHandle::of);
      server.ifPresent(ProcessHandle::destroy);
      server.ifPresent(s -> s.onExit().orTimeout(30, TimeUnit.SECONDS).join());
    }
    Run clean = launcher(Map.of("STAGECRAFT_SERVER", "0"), "clean");
    assertThat(clean.code()).as(clean.err()).isZero();
  }

  @Test
  void theSecondCheckIsServedAndReadsAsTheFirst() throws Exception {
    Run first = launcher("check", "3", "--dockerfile", SOLUTION);
    Path socket = awaitServer();

    Run served = launcher("check", "3", "--dockerfile", SOLUTION);

    assertThat(first.code()).isZero();
    assertThat(served.code()).isZero();
    assertThat(Files.readString(log(socket)))
        .contains("check 3 --dockerfile " + SOLUTION + " -> 0");
    assertThat(withoutTimings(served.out())).isEqualTo(withoutTimings(first.out()));
    assertThat(served.err()).contains("Building the image");

    // The server's next check of the same image grades what it read the last time: each served
    // command opens a lab of its own, and must not read the image again for it.
    Run again = launcher("check", "3", "--dockerfile", SOLUTION);
    assertThat(served.err()).contains("reading the filesystem");
    assertThat(again.err()).contains("is reused").doesNotContain("reading the filesystem");
    assertThat(withoutTimings(again.out())).isEqualTo(withoutTimings(first.out()));

    Path starter = dir.resolve("starter.Dockerfile");
    Files.copy(CHECKOUT.resolve("exercises/03-go-scratch/Dockerfile"), starter);
    Run failing = launcher("check", "3", "--dockerfile", starter.toString());
    assertThat(failing.code()).as(failing.out()).isEqualTo(1);
    assertThat(failing.out()).contains("✘");

    Run unknown = launcher("check", "99");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("99");
    assertThat(Files.readString(log(socket))).contains("check 99 -> 2");
  }

  /**
   * Each builder is stopped its own way: BuildKit's is cancelled, the classic one hung up on. The
   * client goes the way Ctrl-C takes it, SIGINT to the terminal's whole foreground group, or the
   * way a {@code kill} of the launcher alone (a CI job's time-out) does, which must not leave the
   * client waiting on the build.
   */
  @ParameterizedTest(name = "{0}, {1}")
  @CsvSource({"buildkit, ctrl-c", "classic, ctrl-c", "buildkit, kill"})
  void aStoppedClientStopsTheServedCheckAndTheServerGoesOn(String builder, String stop)
      throws Exception {
    Map<String, String> withBuilder = Map.of("STAGECRAFT_BUILDER", builder);
    launcher(withBuilder, "check", "3", "--dockerfile", SOLUTION);
    Path socket = awaitServer();
    Path sleepy = sleepyDockerfile();
    List<String> containersBefore = docker("ps", "-aq");

    Process check =
        startInItsOwnGroup(withBuilder, "check", "3", "--dockerfile", sleepy.toString());
    awaitLine(check, "sleep 120", Duration.ofSeconds(60));
    Instant pressed = Instant.now();
    if (stop.equals("ctrl-c")) {
      signal("-INT", "-" + check.pid());
    } else {
      signal("-TERM", String.valueOf(check.pid()));
    }
    assertThat(check.waitFor(20, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
    assertThat(check.exitValue()).isEqualTo(stop.equals("ctrl-c") ? 130 : 143);

    Run next = launcher(withBuilder, "check", "99");
    Run after = launcher(withBuilder, "check", "3", "--dockerfile", SOLUTION);
    assertThat(after.code()).isZero();
    assertThat(Duration.between(pressed, Instant.now()))
        .as("the server was free long before the 120 s step would have ended")
        .isLessThan(Duration.ofSeconds(60));
    assertThat(Files.readString(log(socket)))
        .containsPattern("sleepy-\\d+\\.Dockerfile -> \\d+ in \\d+ ms \\(the client left");
    assertThat(next.code()).isEqualTo(2);
    awaitContainers(containersBefore, Duration.ofSeconds(30));
  }

  /** The first check runs in the launcher's own JVM: Ctrl-C stops it there, and says so. */
  @Test
  void ctrlCStopsTheFirstCheckWhichRunsWithoutTheServer() throws Exception {
    Map<String, String> classic = Map.of("STAGECRAFT_BUILDER", "classic");
    Path sleepy = sleepyDockerfile();
    List<String> containersBefore = docker("ps", "-aq");

    Process check = startInItsOwnGroup(classic, "check", "3", "--dockerfile", sleepy.toString());
    BufferedReader err = awaitLine(check, "sleep 120", Duration.ofSeconds(60));
    signal("-INT", "-" + check.pid());

    assertThat(check.waitFor(30, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
    assertThat(check.exitValue()).isEqualTo(130);
    assertThat(err.lines()).contains("Check stopped; nothing was graded.");
    assertThat(logs()).as("no server is started for a stopped check").isEmpty();
    awaitContainers(containersBefore, Duration.ofSeconds(30));
  }

  @Test
  void aCheckThatComesWhileAnotherRunsHearsThatItWaits() throws Exception {
    launcher("check", "3", "--dockerfile", SOLUTION);
    awaitServer();
    Process first =
        startInItsOwnGroup(Map.of(), "check", "3", "--dockerfile", sleepyDockerfile().toString());
    awaitLine(first, "sleep 120", Duration.ofSeconds(60));

    Process second = start(Map.of(), "check", "99");
    awaitLine(second, "another check is running", Duration.ofSeconds(30));
    assertThat(second.isAlive()).as("the second waits for the first").isTrue();
    signal("-INT", "-" + first.pid());

    assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("the second ends").isTrue();
    assertThat(second.exitValue()).as("unknown exercise").isEqualTo(2);
    assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void anIdleServerStopsAndTakesItsSocket() throws Exception {
    launcher(Map.of("STAGECRAFT_SERVER_IDLE", "3"), "check", "3", "--dockerfile", SOLUTION);
    Path socket = awaitServer();

    Instant deadline = Instant.now().plusSeconds(30);
    while (Files.exists(socket) && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }

    assertThat(socket).doesNotExist();
    assertThat(Files.readString(log(socket))).contains("stopped");
    assertThat(
            CheckClient.run(
                socket,
                new Wire.Request(List.of("--version"), false, 80, "UTF-8"),
                System.out,
                System.err))
        .isEqualTo(CheckClient.NO_SERVER);
  }

  @Test
  void aSecondServerForTheSameSocketLeavesItToTheFirst() throws Exception {
    launcher("check", "3", "--dockerfile", SOLUTION);
    Path socket = awaitServer();

    Process second =
        new ProcessBuilder(
                javaBinary(),
                "-cp",
                CHECKOUT.resolve("target/stagecraft.jar").toString(),
                CheckServer.class.getName(),
                socket.toString())
            .redirectErrorStream(true)
            .start();

    assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(second.exitValue()).isZero();
    assertThat(new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("another server serves");
    assertThat(launcher("check", "99").code()).isEqualTo(2);
    assertThat(Files.readString(log(socket))).contains("check 99 -> 2");
  }

  private record Run(int code, String out, String err) {}

  private Run launcher(String... args) throws Exception {
    return launcher(Map.of(), args);
  }

  private Run launcher(Map<String, String> extra, String... args) throws Exception {
    Process process = start(extra, args);
    Path out = dir.resolve("out-" + System.nanoTime());
    Thread copier =
        new Thread(
            () -> {
              try {
                Files.write(out, process.getInputStream().readAllBytes());
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    copier.start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
    copier.join();
    return new Run(process.exitValue(), Files.readString(out), err);
  }

  private Process start(Map<String, String> extra, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(CHECKOUT.resolve("stagecraft").toString());
    command.addAll(List.of(args));
    return start(extra, command);
  }

  private Process start(Map<String, String> extra, List<String> command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(CHECKOUT.toFile());
    Map<String, String> environment = builder.environment();
    environment.put("XDG_RUNTIME_DIR", runtime.toString());
    environment.put("STAGECRAFT_CACHE_DIR", dir.resolve("cache").toString());
    environment.put("STAGECRAFT_SERVER_IDLE", "120");
    environment.put("NO_COLOR", "1");
    environment.remove("STAGECRAFT_SERVER");
    environment.putAll(extra);
    return builder.start();
  }

  /**
   * The launcher as a terminal's foreground job: a process group of its own, led by it, with Ctrl-C
   * not ignored. A job started in the background without job control (as CI may start this test)
   * ignores SIGINT, and passes that on to every process it starts.
   */
  private Process startInItsOwnGroup(Map<String, String> extra, String... args) throws IOException {
    List<String> asAJob =
        new ArrayList<>(List.of("env", "--default-signal=INT,TERM,HUP", "setsid"));
    asAJob.add(CHECKOUT.resolve("stagecraft").toString());
    asAJob.addAll(List.of(args));
    return start(extra, asAJob);
  }

  /** A step no engine has cached: one that once ran to its end would be taken from the cache. */
  private Path sleepyDockerfile() throws IOException {
    Path sleepy = dir.resolve("sleepy-" + System.nanoTime() + ".Dockerfile");
    Files.writeString(
        sleepy, "FROM alpine:3.20\nRUN echo " + System.nanoTime() + " && sleep 120\n");
    return sleepy;
  }

  private static void signal(String signal, String target) throws Exception {
    Process kill = new ProcessBuilder("kill", signal, "--", target).inheritIO().start();
    assertThat(kill.waitFor()).as("kill " + signal + " " + target).isZero();
  }

  private Path awaitServer() throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      for (Path log : logs()) {
        Path socket =
            log.resolveSibling(log.getFileName().toString().replace(".sock.log", ".sock"));
        if (Files.exists(socket) && Files.readString(log).contains(" serving ")) {
          return socket;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no check server came up in " + runtime);
  }

  private List<Path> logs() throws IOException {
    List<Path> logs = new ArrayList<>();
    if (!Files.isDirectory(runtime)) {
      return logs;
    }
    try (var users = Files.list(runtime)) {
      for (Path user : users.toList()) {
        try (var files = Files.list(user)) {
          files.filter(f -> f.getFileName().toString().endsWith(".sock.log")).forEach(logs::add);
        }
      }
    }
    return logs;
  }

  private static Path log(Path socket) {
    return socket.resolveSibling(socket.getFileName() + ".log");
  }

  private static Optional<Long> serverPid(Path log) throws IOException {
    Matcher matcher = SERVER_PID.matcher(Files.readString(log));
    return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
  }

  /** Reads standard error up to a line holding {@code text}; the rest is the reader's to give. */
  private static BufferedReader awaitLine(Process process, String text, Duration limit)
      throws Exception {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    Instant deadline = Instant.now().plus(limit);
    StringBuilder seen = new StringBuilder();
    String line;
    while (Instant.now().isBefore(deadline) && (line = reader.readLine()) != null) {
      seen.append(line).append('\n');
      if (line.contains(text)) {
        return reader;
      }
    }
    throw new AssertionError("never saw '" + text + "' in:\n" + seen);
  }

  private static void awaitContainers(List<String> expected, Duration limit) throws Exception {
    Instant deadline = Instant.now().plus(limit);
    List<String> now = docker("ps", "-aq");
    while (!now.equals(expected) && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      now = docker("ps", "-aq");
    }
    assertThat(now).as("containers after the stopped check").isEqualTo(expected);
  }

  private static List<String> docker(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("docker"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return out.lines().filter(l -> !l.isBlank()).sorted().toList();
  }

  private static String withoutTimings(String report) {
    return report
        .lines()
        .filter(line -> !line.startsWith("analyse "))
        .reduce("", (a, b) -> a + b + "\n");
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
