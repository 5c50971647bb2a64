package dev.stagecraft.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stagecraft.dockerfile.DockerfileParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinterTest {
  private static List<Finding> lint(String text) {
    return Linter.withAllRules().lint(LintContext.of(DockerfileParser.parse(text, "Dockerfile")));
  }

  private static List<String> rules(List<Finding> findings) {
    return findings.stream().map(f -> f.line() + " " + f.ruleId()).toList();
  }

  @Test
  void reportsParseProblemsAsSyntaxErrors() {
    List<Finding> findings = lint("FROM alpine:3.20\nRUNN x\nUSER app\n");
    assertThat(findings)
        .filteredOn(f -> f.ruleId().equals("syntax"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.line()).isEqualTo(2);
              assertThat(f.message()).startsWith("unknown instruction 'RUNN'");
            });
  }

  @Test
  void sortsFindingsByLine() {
    List<Finding> findings = lint("FROM node\nCMD node a.js\nWORKDIR app\n");
    assertThat(findings).extracting(Finding::line).isSorted();
    assertThat(rules(findings))
        .contains("1 untagged-base-image", "2 shell-form-cmd", "3 relative-workdir");
  }

  @Test
  void aCleanMultiStageFileHasNoFindings() {
    String text =
        """
        FROM golang:1.22 AS build
        WORKDIR /src
        COPY go.mod go.sum ./
        RUN go mod download
        COPY . .
        RUN CGO_ENABLED=0 go build -o /app .

        FROM scratch
        COPY --from=build /app /app
        USER 65532:65532
        ENTRYPOINT ["/app"]
        """;
    assertThat(lint(text)).isEmpty();
  }

  @Test
  void aCommentAboveAnInstructionSuppressesTheNamedRules() {
    String text =
        """
        FROM debian:12
        # why: the legacy tool needs it
        # stagecraft-ignore shell-form-cmd, relative-workdir
        CMD run me
        USER app
        """;
    assertThat(rules(lint(text))).doesNotContain("4 shell-form-cmd");
  }

  @Test
  void aSuppressionNamesRulesOrCoversAllWhenBare() {
    String named = "FROM debian:12\n# stagecraft-ignore relative-workdir\nCMD run me\nUSER app\n";
    assertThat(rules(lint(named))).contains("3 shell-form-cmd");
    String bare = "FROM debian:12\n# stagecraft-ignore\nCMD run me\nUSER app\n";
    assertThat(rules(lint(bare))).doesNotContain("3 shell-form-cmd");
  }

  @Test
  void aSuppressionSeparatedByAnInstructionOrBlankLineDoesNotApply() {
    String text = "FROM debian:12\n# stagecraft-ignore shell-form-cmd\n\nCMD run me\nUSER app\n";
    assertThat(rules(lint(text))).contains("4 shell-form-cmd");
  }

  @Test
  void aFileWideSuppressionCoversEveryLine() {
    String text =
        "# stagecraft-ignore-file untagged-base-image\nFROM debian\nFROM node AS x\nUSER app\n";
    assertThat(rules(lint(text))).noneMatch(r -> r.endsWith("untagged-base-image"));
  }

  @Test
  void theFinalStageOnItsOwnDecidesRootEvenWhenABuilderSetsUser() {
    List<Finding> findings =
        lint(
            """
            FROM golang:1.22 AS build
            RUN useradd app
            USER app
            RUN go build -o /app .
            FROM debian:12-slim
            COPY --from=build /app /app
            ENTRYPOINT ["/app"]
            """);
    assertThat(rules(findings)).contains("5 final-stage-runs-as-root");
  }

  @Test
  void looksUpRulesById() {
    Linter linter = Linter.withAllRules();
    assertThat(linter.rule("final-stage-runs-as-root"))
        .map(LintRule::severity)
        .contains(Severity.WARNING);
    assertThat(linter.rule("nope")).isEmpty();
    assertThat(Linter.withRules(List.of(new SudoInRunRule())).rules()).hasSize(1);
  }
}
