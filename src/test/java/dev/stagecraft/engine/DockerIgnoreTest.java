package dev.stagecraft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DockerIgnoreTest {

  private static final DockerIgnore RULES =
      DockerIgnore.parse(
          String.join(
              "\n",
              "# comments and blank lines do nothing",
              "",
              "node_modules",
              "/build/",
              "*.log",
              "**/*.tmp",
              "docs/*.md",
              "!docs/keep.md",
              "secret?.txt",
              "./cache"));

  @ParameterizedTest(name = "{0} excluded={1}")
  @CsvSource({
    "node_modules, true",
    "node_modules/x/index.js, true",
    "src/node_modules, false",
    "build/app, true",
    "app.log, true",
    "logs/app.log, false",
    "a.tmp, true",
    "deep/er/a.tmp, true",
    "docs/intro.md, true",
    "docs/keep.md, false",
    "docs/sub/intro.md, false",
    "secret1.txt, true",
    "secret12.txt, false",
    "cache/x, true",
    "main.go, false",
    "Dockerfile, false",
  })
  void matchesLikeTheDockerCli(String path, boolean excluded) {
    assertThat(RULES.excludes(path)).isEqualTo(excluded);
  }

  @org.junit.jupiter.api.Test
  void knowsWhenExceptionsForceAWalkOfExcludedDirectories() {
    assertThat(RULES.hasExceptions()).isTrue();
    assertThat(DockerIgnore.parse("node_modules\n").hasExceptions()).isFalse();
    assertThat(DockerIgnore.none().excludes("anything")).isFalse();
  }
}
