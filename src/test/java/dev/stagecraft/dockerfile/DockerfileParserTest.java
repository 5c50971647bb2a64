package dev.stagecraft.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The syntax features of the corpus, one at a time, looked at closely. */
class DockerfileParserTest {

  private static Dockerfile corpus(String name) throws IOException {
    return DockerfileParser.parse(DockerfileCorpusTest.CORPUS.resolve(name + ".Dockerfile"));
  }

  private static Instruction at(Dockerfile dockerfile, int line) {
    return dockerfile.instructions().stream()
        .filter(i -> i.line() == line)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no instruction on line " + line));
  }

  @Test
  void readsTheSyntaxAndCheckDirectives() throws IOException {
    Dockerfile dockerfile = corpus("directive-check");
    assertThat(dockerfile.directives())
        .containsExactly(
            new ParserDirective("syntax", "docker/dockerfile:1", 1),
            new ParserDirective("check", "skip=JSONArgsRecommended;error=true", 2));
    assertThat(dockerfile.directive("CHECK")).contains("skip=JSONArgsRecommended;error=true");
  }

  @Test
  void aBacktickEscapeContinuesLinesAndLeavesBackslashesAlone() throws IOException {
    Dockerfile dockerfile = corpus("directive-escape-backtick");
    assertThat(dockerfile.directive("escape")).contains("`");
    assertThat(at(dockerfile, 3).arguments()).isEqualTo("app C:\\app\\");
    assertThat(at(dockerfile, 4).arguments()).isEqualTo("dir C:\\app     && echo done");
  }

  @Test
  void directivesAreNamedInAnyCaseWithSpacesAroundTheEqualsSign() throws IOException {
    assertThat(corpus("directive-upper-case").directives())
        .containsExactly(new ParserDirective("escape", "`", 1));
  }

  @Test
  void aDirectiveAfterACommentOrBlankLineIsOnlyAComment() throws IOException {
    Dockerfile afterComment = corpus("directive-after-comment");
    assertThat(afterComment.directives()).isEmpty();
    assertThat(afterComment.comments()).extracting(Comment::line).containsExactly(1, 2);
    assertThat(at(afterComment, 4).arguments()).isEqualTo("echo a     b");
    assertThat(corpus("directive-after-blank-line").directives()).isEmpty();
  }

  @Test
  void aRepeatedDirectiveIsAProblem() throws IOException {
    Dockerfile dockerfile = corpus("directive-duplicate");
    assertThat(dockerfile.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("only one 'syntax'"));
    assertThat(dockerfile.hasErrors()).isTrue();
  }

  @Test
  void anInvalidEscapeIsAProblem() {
    Dockerfile dockerfile = DockerfileParser.parse("# escape=x\nFROM alpine:3.20\n", "t");
    assertThat(dockerfile.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("escape"));
  }

  @Test
  void continuationLinesAreJoinedAsDockerJoinsThem() throws IOException {
    assertThat(at(corpus("continuation-basic"), 2).arguments())
        .isEqualTo(
            "apt-get update     && apt-get install -y --no-install-recommends curl     && rm -rf"
                + " /var/lib/apt/lists/*");
    assertThat(at(corpus("continuation-trailing-spaces"), 2).arguments()).isEqualTo("echo a     b");
  }

  @Test
  void commentsAndBlankLinesInsideAContinuationAreSkipped() throws IOException {
    Instruction run = at(corpus("continuation-comments-inside"), 2);
    assertThat(run.arguments()).doesNotContain("comment").contains("apt-get install -y curl");
    assertThat(run.text()).contains("# even indented ones");
    assertThat(at(corpus("continuation-blank-lines-inside"), 2).arguments())
        .isEqualTo("echo one     && echo two     && echo three");
  }

  @Test
  void aContinuationAtTheEndOfTheFileEndsTheInstruction() throws IOException {
    assertThat(at(corpus("continuation-at-eof"), 2).arguments()).isEqualTo("echo last");
  }

  @Test
  void jsonArraysAreExecFormWithEscapesDecoded() throws IOException {
    Dockerfile dockerfile = corpus("json-exec-form");
    assertThat(at(dockerfile, 2).execForm()).contains(List.of("/bin/sh", "-eu", "-c"));
    assertThat(at(dockerfile, 4).execForm())
        .contains(List.of("/bin/echo", "with \"quotes\" and \u00e9"));
    assertThat(at(dockerfile, 5).execForm()).contains(List.of());
    assertThat(at(dockerfile, 6).execForm()).contains(List.of("/data", "/logs"));
  }

  @Test
  void invalidJsonFallsBackToShellForm() throws IOException {
    Dockerfile dockerfile = corpus("json-invalid-falls-back");
    for (int line = 2; line <= 5; line++) {
      assertThat(at(dockerfile, line).execForm()).isEmpty();
      assertThat(at(dockerfile, line).isExecForm()).isFalse();
    }
    assertThat(at(dockerfile, 2).arguments()).isEqualTo("[echo, not-json]");
    assertThat(dockerfile.problems()).isEmpty();
  }

  @Test
  void shellMustBeAJsonArray() {
    assertThat(DockerfileParser.parse("FROM a:1\nSHELL /bin/bash -c\n", "t").problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("SHELL takes a JSON array"));
  }

  @Test
  void flagsAreReadUpToTheFirstArgument() throws IOException {
    Dockerfile dockerfile = corpus("flags-copy");
    Instruction copy = at(dockerfile, 4);
    assertThat(copy.flags())
        .extracting(InstructionFlag::name)
        .containsExactly("from", "chown", "chmod", "link");
    assertThat(copy.flag("from")).contains("build");
    assertThat(copy.flag("link")).contains("");
    assertThat(copy.flag("platform")).isEmpty();
    assertThat(copy.arguments()).isEqualTo("/out /app/out");
    assertThat(at(dockerfile, 5).flag("checksum")).contains("sha256:0123");
    assertThat(at(dockerfile, 6).flag("chown")).contains("app user");
    assertThat(at(dockerfile, 6).arguments()).isEqualTo("a b /dest/");
  }

  @Test
  void aDoubleDashEndsTheFlags() throws IOException {
    Dockerfile dockerfile = corpus("flags-double-dash");
    assertThat(at(dockerfile, 2).flags())
        .containsExactly(new InstructionFlag("chmod", Optional.of("644")));
    assertThat(at(dockerfile, 2).arguments()).isEqualTo("--odd-name /dest");
    assertThat(at(dockerfile, 3).flags()).isEmpty();
    assertThat(at(dockerfile, 3).arguments()).isEqualTo("--not-a-flag");
  }

  @Test
  void repeatedMountFlagsAreAllKept() throws IOException {
    Instruction run = at(corpus("flags-run-mount"), 3);
    assertThat(run.flagValues("mount"))
        .containsExactly(
            "type=cache,target=/root/.cache/go-build", "type=bind,source=go.mod,target=go.mod");
    assertThat(run.flag("network")).contains("none");
    assertThat(run.flag("security")).contains("insecure");
    assertThat(run.arguments()).isEqualTo("go build -o /app .");
    assertThat(MountOptions.of(run.flagValues("mount").get(0)).type()).isEqualTo("cache");
  }

  @Test
  void fromTakesAPlatformFlag() throws IOException {
    Stage build = corpus("flags-from-platform").stages().get(0);
    assertThat(build.from().flag("platform")).contains("$BUILDPLATFORM");
    assertThat(build.baseImage()).isEqualTo("golang:1.22");
  }

  @Test
  void heredocBodiesAreReadAndNeverParsedAsInstructions() throws IOException {
    Dockerfile dockerfile = corpus("heredoc-run");
    Instruction run = at(dockerfile, 3);
    assertThat(run.heredocs())
        .containsExactly(
            new Heredoc(
                "EOF",
                "apt-get update\napt-get install -y --no-install-recommends curl\nrm -rf"
                    + " /var/lib/apt/lists/*\n",
                false,
                false));
    Dockerfile inner = corpus("heredoc-body-with-instructions");
    assertThat(inner.stages()).hasSize(1);
    assertThat(inner.comments()).isEmpty();
    assertThat(at(inner, 3).heredocs().get(0).body()).contains("FROM scratch", "# not a comment");
  }

  @Test
  void aDashHeredocStripsLeadingTabs() throws IOException {
    Heredoc heredoc = at(corpus("heredoc-strip-tabs"), 3).heredocs().get(0);
    assertThat(heredoc.stripTabs()).isTrue();
    assertThat(heredoc.delimiter()).isEqualTo("EOT");
    assertThat(heredoc.body()).isEqualTo("echo indented\necho twice\n");
  }

  @Test
  void quotedDelimitersAreMarkedQuoted() throws IOException {
    Dockerfile dockerfile = corpus("heredoc-quoted");
    assertThat(at(dockerfile, 3).heredocs().get(0))
        .isEqualTo(new Heredoc("CONF", "home=$HOME\n", false, true));
    assertThat(at(dockerfile, 6).heredocs().get(0).delimiter()).isEqualTo("SCRIPT");
    assertThat(at(dockerfile, 6).heredocs().get(0).quoted()).isTrue();
  }

  @Test
  void severalHeredocsOnOneLineAreReadInOrder() throws IOException {
    Dockerfile dockerfile = corpus("heredoc-multiple");
    assertThat(at(dockerfile, 3).heredocs())
        .extracting(Heredoc::delimiter, Heredoc::body)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("FILE1", "first\n"),
            org.assertj.core.groups.Tuple.tuple("FILE2", "second\n"));
    assertThat(at(dockerfile, 8).heredocs())
        .extracting(Heredoc::delimiter)
        .containsExactly("A", "B");
  }

  @Test
  void anUnclosedHeredocIsAProblemThatSwallowsTheRest() throws IOException {
    Dockerfile dockerfile = corpus("heredoc-unterminated");
    assertThat(dockerfile.stages()).hasSize(1);
    assertThat(dockerfile.problems().get(0).message()).contains("<<EOF", "never closed");
  }

  @Test
  void quotedOrGluedHeredocMarkersAreNotHeredocs() throws IOException {
    Dockerfile dockerfile = corpus("heredoc-not-a-marker");
    assertThat(dockerfile.instructions()).allSatisfy(i -> assertThat(i.heredocs()).isEmpty());
  }

  @Test
  void heredocsAreOnlyReadForRunCopyAndAdd() {
    Dockerfile dockerfile = DockerfileParser.parse("FROM a:1\nCMD cat <<EOF\nFROM b:1\n", "t");
    assertThat(dockerfile.stages()).hasSize(2);
  }

  @Test
  void argsBeforeFromExpandInFrom() throws IOException {
    Dockerfile dockerfile = corpus("arg-before-from");
    assertThat(dockerfile.globalArgs()).hasSize(2);
    assertThat(dockerfile.stages().get(0).baseImage()).isEqualTo("alpine:3.20");
    assertThat(dockerfile.stages().get(0).from().arguments()).isEqualTo("${BASE}:${TAG} AS base");
    assertThat(dockerfile.stages().get(0).instructions())
        .extracting(Instruction::keyword)
        .containsExactly("ARG", "RUN");
  }

  @Test
  void aBaseThatCannotBeResolvedStaysAsWrittenWithoutAProblem() {
    Dockerfile buildArg = DockerfileParser.parse("ARG BASE\nFROM $BASE\n", "t");
    assertThat(buildArg.stages().get(0).baseImage()).isEqualTo("$BASE");
    assertThat(buildArg.problems()).isEmpty();
    Dockerfile undeclared = DockerfileParser.parse("FROM golang:${GO}-alpine\n", "t");
    assertThat(undeclared.stages().get(0).baseImage()).isEqualTo("golang:${GO}-alpine");
    Dockerfile declaredEmpty = DockerfileParser.parse("ARG V\nFROM node:20${V}\n", "t");
    assertThat(declaredEmpty.stages().get(0).baseImage()).isEqualTo("node:20");
  }

  @Test
  void stageNamesAndAsAreMatchedInAnyCase() throws IOException {
    Dockerfile dockerfile = corpus("from-as-any-case");
    assertThat(dockerfile.stage("build")).map(Stage::index).contains(0);
    assertThat(dockerfile.stage("RUNTIME")).map(Stage::index).contains(1);
    assertThat(dockerfile.stage("2")).flatMap(Stage::name).contains("final");
    assertThat(dockerfile.stage("3")).isEmpty();
    assertThat(dockerfile.finalStage()).map(Stage::displayName).contains("final");
  }

  @Test
  void onbuildKnowsTheInstructionItRegisters() throws IOException {
    Dockerfile dockerfile = corpus("onbuild");
    Instruction trigger = at(dockerfile, 5).onbuildTrigger().orElseThrow();
    assertThat(trigger.keyword()).isEqualTo("COPY");
    assertThat(trigger.flag("chown")).contains("node:node");
    assertThat(trigger.arguments()).isEqualTo(". .");
    assertThat(at(dockerfile, 4).onbuildTrigger().map(Instruction::keyword)).contains("RUN");
    assertThat(at(dockerfile, 2).onbuildTrigger()).isEmpty();
    assertThat(DockerfileParser.parse("FROM a:1\nONBUILD FROM b\n", "t").problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("ONBUILD"));
  }

  @Test
  void keywordsAreUpperCasedAndLeadingWhitespaceIgnored() throws IOException {
    assertThat(corpus("keywords-mixed-case").instructions())
        .extracting(Instruction::keyword)
        .containsExactly("FROM", "RUN", "WORKDIR", "COPY", "USER", "CMD");
    Dockerfile spaced = corpus("comments-and-whitespace");
    assertThat(spaced.comments()).extracting(Comment::line).containsExactly(1, 3, 7);
    assertThat(at(spaced, 6).arguments()).isEqualTo("echo tabbed");
  }

  @Test
  void crlfLineEndingsAndAByteOrderMarkAreTolerated() throws IOException {
    Dockerfile crlf = corpus("crlf-line-endings");
    assertThat(at(crlf, 2).arguments()).isEqualTo("echo one     && echo two");
    assertThat(at(crlf, 4).execForm()).contains(List.of("sh"));
    assertThat(corpus("byte-order-mark").directive("syntax")).contains("docker/dockerfile:1");
  }

  @Test
  void unknownInstructionsAreProblemsWithASuggestion() throws IOException {
    Dockerfile dockerfile = corpus("unknown-instruction");
    assertThat(dockerfile.problems().get(0).message()).contains("'RUNN'", "did you mean RUN");
    assertThat(dockerfile.problems().get(1).message()).contains("did you mean COPY");
  }

  @Test
  void onlyArgMayComeBeforeTheFirstFrom() throws IOException {
    assertThat(corpus("instruction-before-from").problems())
        .extracting(ParseProblem::message)
        .allSatisfy(m -> assertThat(m).contains("before the first FROM"));
  }

  @Test
  void aFileWithoutFromHasNoStagesAndSaysSo() throws IOException {
    assertThat(corpus("no-from").stages()).isEmpty();
    assertThat(corpus("no-from").problems().get(0).message()).contains("no FROM");
    assertThat(corpus("only-comments").problems().get(0).message()).contains("no instructions");
    assertThat(DockerfileParser.parse("", "empty").finalStage()).isEmpty();
  }

  @Test
  void envAndLabelPairsAreReadInBothForms() throws IOException {
    Dockerfile dockerfile = corpus("other-instructions");
    assertThat(KeyValues.of(at(dockerfile, 2)))
        .containsExactly(new KeyValues.Pair("LEGACY", "value with spaces"));
    assertThat(KeyValues.of(at(dockerfile, 3)))
        .containsExactly(
            new KeyValues.Pair("A", "1"),
            new KeyValues.Pair("B", "two words"),
            new KeyValues.Pair("C", "three words"));
    assertThat(at(dockerfile, 8).flag("interval")).contains("30s");
    assertThat(at(dockerfile, 8).arguments()).startsWith("CMD wget");
  }

  @Test
  void everyInstructionKnowsItsLines() throws IOException {
    Instruction run = at(corpus("realistic-go-buildkit"), 9);
    assertThat(run.endLine()).isEqualTo(12);
    assertThat(run.text()).startsWith("RUN --mount").endsWith("./cmd/app");
  }

  @Test
  void readsFilesWithMalformedUtf8() throws IOException {
    Path file = java.nio.file.Files.createTempFile("stagecraft", ".Dockerfile");
    try {
      java.nio.file.Files.write(
          file,
          new byte[] {'F', 'R', 'O', 'M', ' ', 'a', '\n', 'R', 'U', 'N', ' ', (byte) 0xff, '\n'});
      Dockerfile dockerfile = DockerfileParser.parse(file);
      assertThat(dockerfile.instructions()).hasSize(2);
      assertThat(dockerfile.sourceName()).isEqualTo(file.toString());
    } finally {
      java.nio.file.Files.delete(file);
    }
  }
}
