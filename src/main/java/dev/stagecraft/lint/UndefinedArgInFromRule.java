package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.ArgDeclarations;
import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.Stage;
import dev.stagecraft.dockerfile.VariableExpander;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** FROM uses a variable no ARG before the first FROM declares. */
final class UndefinedArgInFromRule extends Rule {
  /** Arguments the builder defines for FROM on its own. */
  private static final Set<String> PREDEFINED =
      Set.of(
          "BUILDPLATFORM",
          "BUILDOS",
          "BUILDARCH",
          "BUILDVARIANT",
          "TARGETPLATFORM",
          "TARGETOS",
          "TARGETARCH",
          "TARGETVARIANT",
          "TARGETSTAGE");

  UndefinedArgInFromRule() {
    super(
        "undefined-arg-in-from",
        Severity.WARNING,
        "FROM uses a variable no ARG declares",
        "FROM can only see ARGs declared before the first FROM; any other variable expands to"
            + " nothing, so the base image name is wrong or empty and the build fails.",
        "Declare it before the first FROM, with a default: ARG GO_VERSION=1.22.");
  }

  @Override
  public List<Finding> check(LintContext context) {
    Map<String, String> declared = new HashMap<>();
    for (Instruction arg : context.dockerfile().globalArgs()) {
      for (ArgDeclarations.Declaration d : ArgDeclarations.of(arg)) {
        declared.put(d.name(), d.defaultValue().orElse(""));
      }
    }
    for (String name : PREDEFINED) {
      declared.putIfAbsent(name, name.toLowerCase(java.util.Locale.ROOT));
    }
    List<Finding> findings = new ArrayList<>();
    for (Stage stage : context.dockerfile().stages()) {
      Instruction from = stage.from();
      VariableExpander.Expansion expansion = VariableExpander.expand(from.arguments(), declared);
      for (String flag : from.flagValues("platform")) {
        VariableExpander.Expansion platform = VariableExpander.expand(flag, declared);
        if (!platform.complete()) {
          findings.add(
              finding(
                  context,
                  from,
                  "--platform uses undeclared " + String.join(", ", platform.missing())));
        }
      }
      if (!expansion.complete()) {
        findings.add(
            finding(
                context,
                from,
                "FROM uses "
                    + String.join(", ", expansion.missing())
                    + ", which no ARG before the first FROM declares"));
      }
    }
    return findings;
  }
}
