package dev.stagecraft.dockerfile;

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

  /**
   * Cases where a hand-rolled glob goes wrong and the docker CLI (moby patternmatcher) does not.
   */
  @ParameterizedTest(name = "{0} on {1} excluded={2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // ** at the start with no other wildcard matches by suffix
        "**.log|app.log|true",
        "**.log|a/b/app.log|true",
        "**/foo|foo|true",
        "**/foo|a/b/foo|true",
        "**/foo|a/xfoo|false",
        "**|anything/at/all|true",
        // ** in the middle spans segments, or none
        "a/**/b|a/b|true",
        "a/**/b|a/x/y/b|true",
        "a/**|a/x/y|true",
        "a/**|ab|false",
        // paths are cleaned like the CLI's filepath.Clean
        "a/../b|b|true",
        "a/../b|a|false",
        ".//docs///x.md|docs/x.md|true",
        // a backslash takes the next character literally (Linux)
        "\\*.txt|*.txt|true",
        "\\*.txt|a.txt|false",
        // classes: ranges and ^ negate; ! is a plain character there
        "[^a]*|build|true",
        "[^a]*|app|false",
        "[!a]*|app|true",
        "[!a]*|!x|true",
        "[!a]*|bpp|false",
        // regex characters are plain text
        "a+b(1).txt|a+b(1).txt|true",
        "a.b|axb|false",
        // the last matching rule wins, exceptions re-admit under an excluded directory
        "docs\\n!docs/keep.md|docs/keep.md|false",
        "docs\\n!docs/keep.md|docs/other.md|true",
        "!keep\\nkeep|keep|true",
      })
  void matchesLikeMobyPatternmatcher(String patterns, String path, boolean excluded) {
    assertThat(DockerIgnore.parse(patterns.replace("\\n", "\n")).excludes(path))
        .isEqualTo(excluded);
  }

  @org.junit.jupiter.api.Test
  void aCommentOnlyStartsAtTheVeryStartOfALine() {
    assertThat(DockerIgnore.parse("# x\n").excludes("# x")).isFalse();
    assertThat(DockerIgnore.parse(" # x\n").excludes("# x")).isTrue();
    assertThat(DockerIgnore.parse("\uFEFF# bom\nsecret\n").excludes("# bom")).isFalse();
  }

  @org.junit.jupiter.api.Test
  void theContextRootIsNeverLeftOut() {
    assertThat(DockerIgnore.parse(".\n/\n./\n").excludes("main.go")).isFalse();
    assertThat(DockerIgnore.parse("*\n").excludes(".")).isFalse();
  }

  @org.junit.jupiter.api.Test
  void cleansPathsAsGoDoes() {
    assertThat(DockerIgnore.clean("./a//b/")).isEqualTo("a/b");
    assertThat(DockerIgnore.clean("../a")).isEqualTo("../a");
    assertThat(DockerIgnore.clean("/../a")).isEqualTo("/a");
    assertThat(DockerIgnore.clean("a/..")).isEqualTo(".");
  }
}
