package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.EditDistance;
import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.InstructionFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A flag the instruction does not have, such as {@code COPY --form=build}. */
final class UnknownInstructionFlagRule extends Rule {
  private static final Map<String, List<String>> KNOWN =
      Map.of(
          "FROM", List.of("platform"),
          "RUN", List.of("mount", "network", "security", "device"),
          "COPY", List.of("from", "chown", "chmod", "link", "parents", "exclude"),
          "ADD",
              List.of(
                  "from",
                  "chown",
                  "chmod",
                  "link",
                  "checksum",
                  "keep-git-dir",
                  "exclude",
                  "unpack"),
          "HEALTHCHECK",
              List.of("interval", "timeout", "start-period", "start-interval", "retries"));

  UnknownInstructionFlagRule() {
    super(
        "unknown-instruction-flag",
        Severity.ERROR,
        "an instruction has a flag it does not know",
        "Docker stops the build at an unknown flag; usually it is a typo such as --form for"
            + " --from.",
        "Correct the flag name or remove it (docs.docker.com lists each instruction's flags).");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Instruction i : context.dockerfile().instructions()) {
      List<String> known = KNOWN.getOrDefault(i.keyword(), List.of());
      for (InstructionFlag flag : i.flags()) {
        if (!known.contains(flag.name())) {
          findings.add(
              finding(
                  context,
                  i,
                  i.keyword() + " has no flag --" + flag.name() + suggestion(flag.name(), known)));
        }
      }
    }
    return findings;
  }

  private static String suggestion(String name, List<String> known) {
    for (String k : known) {
      if (name.length() <= 32
          && EditDistance.between(name.toLowerCase(java.util.Locale.ROOT), k) <= 2) {
        return " (did you mean --" + k + "?)";
      }
    }
    return known.isEmpty() ? " (it takes no flags)" : "";
  }
}
