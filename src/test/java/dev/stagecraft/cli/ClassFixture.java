package dev.stagecraft.cli;

import dev.stagecraft.report.SubmissionStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Twenty generated submissions of a class for exercise 02 (its bases are python:3.11-slim only, so
 * a second engine loads them in seconds): some pass (the reference and the known passing answers, a
 * repository at a tag), some fail (the known failing answers, the starter, a RUN that exits 3),
 * some are broken (no Dockerfile, garbage bytes, not UTF-8, a symlink, a RUN that sleeps past the
 * time limit, a repository ref that does not exist). Several learners have hostile names: formulas
 * a spreadsheet would run, terminal escape sequences (window title, clipboard, cursor moves).
 */
final class ClassFixture {

  static final String EXERCISE = "02-name-your-stages";
  static final String FORMULA = "=HYPERLINK(\"evil.example?x\",\"click\")";
  static final String AT_FORMULA = "@SUM(1)";
  static final String MINUS = "-2+3";
  static final String TITLE = "\u001b]0;PWNED\u0007title";
  static final String CLIPBOARD = "\u001b]52;c;cGF5bG9hZA==\u0007clip";
  static final String CURSOR = "\u001b[2A\u001b[Kcursor";
  static final String LONG = "a-learner-with-a-very-long-name-".repeat(6);

  /** Learner name to expected status, in the order the submissions are given. */
  final Map<String, SubmissionStatus> expected = new LinkedHashMap<>();

  /** The command-line arguments naming every submission. */
  final List<String> arguments = new ArrayList<>();

  private final Path home;
  private final Path root;

  ClassFixture(Path home, Path root) {
    this.home = home;
    this.root = root;
  }

  /** Writes all twenty submissions under {@code root}. */
  static ClassFixture create(Path home, Path root) throws IOException, InterruptedException {
    ClassFixture fixture = new ClassFixture(home, root);
    String solution = fixture.read("solutions/" + EXERCISE + "/Dockerfile");
    String answers = "src/test/resources/answers/" + EXERCISE + "/";
    fixture.folder("ada", solution, true, SubmissionStatus.PASS);
    fixture.folder(
        "grace",
        fixture.read(answers + "passes-builder-name-other-path.Dockerfile"),
        false,
        SubmissionStatus.PASS);
    fixture.folder(
        "linus",
        fixture.read(answers + "passes-three-stages.Dockerfile"),
        true,
        SubmissionStatus.PASS);
    fixture.folder(FORMULA, solution + "# 4\n", true, SubmissionStatus.PASS);
    fixture.folder("margaret", solution + "# 5\n", false, SubmissionStatus.PASS);
    fixture.folder(TITLE, solution + "# 6\n", true, SubmissionStatus.PASS);
    fixture.folder(CLIPBOARD, solution + "# 7\n", true, SubmissionStatus.PASS);
    fixture.repository("git-alan", solution + "# 8\n", "v1", "v1", SubmissionStatus.PASS);

    fixture.folder(
        AT_FORMULA,
        fixture.read(answers + "fails-still-by-index.Dockerfile"),
        true,
        SubmissionStatus.FAIL);
    fixture.folder(
        "barbara",
        fixture.read(answers + "fails-named-but-whole-tree.Dockerfile"),
        true,
        SubmissionStatus.FAIL);
    fixture.folder(
        CURSOR,
        fixture.read(answers + "fails-cmd-points-at-old-path.Dockerfile"),
        true,
        SubmissionStatus.FAIL);
    fixture.folder(
        "edsger",
        fixture.read(answers + "fails-no-python-at-runtime.Dockerfile"),
        false,
        SubmissionStatus.FAIL);
    fixture.folder(
        "ken", fixture.read("exercises/" + EXERCISE + "/Dockerfile"), true, SubmissionStatus.FAIL);
    fixture.folder(
        MINUS,
        solution.replace("WORKDIR /build\n", "WORKDIR /build\nRUN exit 3\n"),
        true,
        SubmissionStatus.FAIL);

    Files.createDirectories(root.resolve("dennis"));
    fixture.add("dennis", SubmissionStatus.BROKEN);
    fixture.bytes("niklaus", new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, (byte) 0xff, 0});
    fixture.bytes(
        "tony", "FROM python:3.11-slim\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Path symlinked = root.resolve(LONG);
    Files.createDirectories(symlinked);
    Files.createSymbolicLink(symlinked.resolve("Dockerfile"), Path.of("/etc/passwd"));
    fixture.add(LONG, SubmissionStatus.BROKEN);
    fixture.folder(
        "sleepy",
        solution.replace("WORKDIR /build\n", "WORKDIR /build\nRUN sleep 600\n"),
        true,
        SubmissionStatus.BROKEN);
    fixture.repository("git-bob", solution, "v1", "no-such-branch", SubmissionStatus.BROKEN);
    return fixture;
  }

  private String read(String relative) throws IOException {
    return Files.readString(home.resolve(relative));
  }

  private void folder(
      String learner, String dockerfile, boolean inExerciseFolder, SubmissionStatus status)
      throws IOException {
    Path folder = root.resolve(learner);
    Path file =
        inExerciseFolder
            ? folder.resolve(EXERCISE).resolve("Dockerfile")
            : folder.resolve("Dockerfile");
    Files.createDirectories(file.getParent());
    Files.writeString(file, dockerfile);
    add(learner, status);
  }

  private void bytes(String learner, byte[] content) throws IOException {
    Path file = root.resolve(learner).resolve(EXERCISE).resolve("Dockerfile");
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    add(learner, SubmissionStatus.BROKEN);
  }

  private void add(String learner, SubmissionStatus status) {
    expected.put(learner, status);
    arguments.add(root.resolve(learner).toString());
  }

  /** A repository with the Dockerfile at its top, on branch main and tagged v1. */
  private void repository(
      String learner, String dockerfile, String tag, String ref, SubmissionStatus status)
      throws IOException, InterruptedException {
    Path repository = root.resolve("repositories").resolve(learner);
    Files.createDirectories(repository);
    Files.writeString(repository.resolve("Dockerfile"), dockerfile);
    git(repository, "init", "-q", "-b", "main");
    git(repository, "add", "Dockerfile");
    git(repository, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "answer");
    git(repository, "tag", tag);
    expected.put(learner, status);
    arguments.add(repository + "@" + ref);
  }

  private static void git(Path directory, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("git " + String.join(" ", arguments) + " failed: " + output);
    }
  }
}
