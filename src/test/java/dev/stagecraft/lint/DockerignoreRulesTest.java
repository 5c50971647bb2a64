package dev.stagecraft.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.dockerfile.DockerIgnore;
import dev.stagecraft.dockerfile.DockerfileParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The build-context rules, against real directories. */
class DockerignoreRulesTest {
  @TempDir Path context;

  private List<Finding> run(String ruleId) {
    LintContext lintContext =
        new LintContext(
            DockerfileParser.parse("# build\nFROM a:1\nCOPY . .\n", "Dockerfile"),
            Optional.of(context));
    return Linter.withAllRules().rule(ruleId).orElseThrow().check(lintContext);
  }

  @Test
  void aContextWithoutDockerignoreIsCaughtOnTheFirstFrom() {
    assertThat(run("missing-dockerignore")).extracting(Finding::line).containsExactly(2);
  }

  @Test
  void aContextWithDockerignoreOrNoContextIsNotCaught() throws IOException {
    Files.writeString(context.resolve(".dockerignore"), ".git\n");
    assertThat(run("missing-dockerignore")).isEmpty();
    LintContext noContext = LintContext.of(DockerfileParser.parse("FROM a:1\n", "Dockerfile"));
    assertThat(Linter.withAllRules().rule("missing-dockerignore").orElseThrow().check(noContext))
        .isEmpty();
  }

  /** A solution built from outside its context brings its own .dockerignore, as the build does. */
  @Test
  void theIgnoreFileIsTheOneTheBuildUses(@TempDir Path home) throws IOException {
    Path exercise = Files.createDirectories(home.resolve("exercises/14-x"));
    Files.createDirectories(exercise.resolve(".git"));
    Path solution = Files.createDirectories(home.resolve("solutions/14-x")).resolve("Dockerfile");
    Files.writeString(solution, "FROM a:1\nCOPY . .\n");
    LintRule missing = Linter.withAllRules().rule("missing-dockerignore").orElseThrow();
    LintRule missesGit = Linter.withAllRules().rule("dockerignore-misses-git").orElseThrow();
    LintContext lint = new LintContext(DockerfileParser.parse(solution), Optional.of(exercise));
    assertThat(missing.check(lint)).hasSize(1);

    Files.writeString(solution.resolveSibling(".dockerignore"), "notes/\n");
    assertThat(missing.check(lint)).isEmpty();
    assertThat(missesGit.check(lint)).hasSize(1);

    Files.writeString(solution.resolveSibling("Dockerfile.dockerignore"), ".git\n");
    assertThat(missesGit.check(lint)).isEmpty();
  }

  @Test
  void aDockerfileInsideTheContextUsesTheContextsIgnoreFile() throws IOException {
    Path file = Files.createDirectories(context.resolve("docker")).resolve("Dockerfile");
    Files.writeString(file, "FROM a:1\n");
    Files.writeString(file.resolveSibling(".dockerignore"), ".git\n");
    LintContext lint = new LintContext(DockerfileParser.parse(file), Optional.of(context));
    assertThat(Linter.withAllRules().rule("missing-dockerignore").orElseThrow().check(lint))
        .hasSize(1);
  }

  @Test
  void gitAndNodeModulesNotExcludedAreCaught() throws IOException {
    Files.createDirectories(context.resolve(".git"));
    Files.createDirectories(context.resolve("node_modules"));
    Files.writeString(context.resolve(".dockerignore"), "# nothing relevant\ndist\n");
    assertThat(run("dockerignore-misses-git")).extracting(Finding::line).containsExactly(2);
    assertThat(run("dockerignore-misses-node-modules"))
        .extracting(Finding::line)
        .containsExactly(2);
  }

  @Test
  void directoriesThatDoNotExistAreNotCaught() throws IOException {
    Files.writeString(context.resolve(".dockerignore"), "dist\n");
    assertThat(run("dockerignore-misses-git")).isEmpty();
    assertThat(run("dockerignore-misses-node-modules")).isEmpty();
  }

  @Test
  void excludedDirectoriesAreNotCaught() throws IOException {
    Files.createDirectories(context.resolve(".git"));
    Files.createDirectories(context.resolve("node_modules"));
    Files.writeString(context.resolve(".dockerignore"), "/.git/\n**/node_modules\n");
    assertThat(run("dockerignore-misses-git")).isEmpty();
    assertThat(run("dockerignore-misses-node-modules")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        ".git|.git|true",
        "/.git|.git|true",
        ".git/|.git|true",
        "**/.git|.git|true",
        ".*|.git|true",
        "*|node_modules|true",
        "*\\n!node_modules|node_modules|false",
        "node_modules\\n!node_modules|node_modules|false",
        "node_module|node_modules|false",
        "src/*.js|src/a.js|true",
        "src/*.js|src/b/a.js|false",
        "**/*.log|a/b/c.log|true",
        "[a-c]*|build|true",
        "# .git|.git|false",
      })
  void matchesPatternsAsDockerDoes(String patterns, String path, boolean excluded) {
    assertThat(DockerIgnore.parse(patterns.replace("\\n", "\n")).excludes(path))
        .isEqualTo(excluded);
  }
}
