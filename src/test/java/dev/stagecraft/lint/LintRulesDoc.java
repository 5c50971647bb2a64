package dev.stagecraft.lint;

import java.util.List;

/** Writes docs/lint-rules.md from the rules themselves. */
final class LintRulesDoc {
  private LintRulesDoc() {}

  static String markdown(List<LintRule> rules) {
    StringBuilder md = new StringBuilder();
    md.append(
        """
        # Lint rules

        <!-- Generated from the rule classes by LintRulesDocTest; do not edit by hand. -->

        `./stagecraft lint FILE... [--json] [--context DIR] [--builder classic|buildkit] [--target NAME]`
        checks Dockerfiles without building them. Exit codes: `0` clean or warnings only, `1` at least
        one error, `2` a file could not be read, is not a Dockerfile, or `--target` names no stage.

        Terminal output is one line per finding, `FILE:LINE severity rule message`, followed by the
        indented `why:` and `fix:`; severities are coloured when stdout is a terminal
        (`--color always|never|auto`). `--json` prints an array of findings, each with `file`,
        `line`, `severity` (`error`, `warning`, `info`), `rule`, `message`, `why` and `fix`.

        - The build context (for the `.dockerignore` rules) is the Dockerfile's directory unless
          `--context DIR` is given; a course's reference solution, `solutions/NN-slug/Dockerfile`, is
          judged in `exercises/NN-slug`, the folder it builds in. The `.dockerignore` is the one the
          build uses: `<Dockerfile>.dockerignore` beside the Dockerfile, then, for a Dockerfile outside
          the context (such as a solution), the `.dockerignore` of its own folder, then the context's.
        - `--builder classic` (the default) is the Engine API builder that stagecraft builds with:
          BuildKit-only syntax is an error there. `--builder buildkit` accepts it.
        - `--target NAME` judges the stage `docker build --target NAME` would produce as the final
          stage (root user, toolchain base, unused stages).
        - Parse problems (what Docker itself would reject) are reported as errors with the rule id
          `syntax`.

        ## Suppressing a finding

        Write `# stagecraft-ignore RULE[,RULE...]` in the comment lines directly above an
        instruction (no blank line in between) to silence those rules on that instruction; with no
        rule ids it silences every rule there. Findings about a whole stage (root user, toolchain
        base, unused stage) sit on the stage's `FROM` line, so the comment goes above that `FROM`.
        `# stagecraft-ignore-file RULE[,RULE...]` anywhere in the file silences rules for the whole
        file. A comment at the end of an instruction line is not used: Docker would pass that text
        on to the instruction.

        ## How the final stage is judged

        `final-stage-runs-as-root` looks at the final stage and the stages it is built `FROM`
        (a `USER` is inherited through `FROM`), never at stages it only copies files from: a
        builder stage's `USER app` does not make the final image non-root. With no `USER` at all,
        the base image's default user counts, which is root for nearly every image except those
        whose name says otherwise (`nonroot`, `unprivileged`, `rootless`).

        ## Rules

        | id | severity | what |
        |---|---|---|
        """);
    for (LintRule rule : rules) {
      md.append("| `")
          .append(rule.id())
          .append("` | ")
          .append(rule.severity().label())
          .append(" | ")
          .append(rule.summary())
          .append(" |\n");
    }
    for (LintRule rule : rules) {
      md.append("\n### `").append(rule.id()).append("`\n\n");
      md.append("Severity: ").append(rule.severity().label()).append(". ");
      md.append(capitalise(rule.summary())).append(".\n\n");
      if (rule instanceof Rule documented) {
        md.append("- Why: ").append(documented.why()).append('\n');
        md.append("- Fix: ").append(documented.fix()).append('\n');
      }
    }
    return md.toString();
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
