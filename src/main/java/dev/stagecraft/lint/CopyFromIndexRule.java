package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.CopyFromEdge;
import java.util.ArrayList;
import java.util.List;

/** {@code COPY --from=0}: a stage referenced by position instead of by name. */
final class CopyFromIndexRule extends Rule {
  CopyFromIndexRule() {
    super(
        "copy-from-index",
        Severity.WARNING,
        "a stage is referenced by index",
        "Indexes shift when a stage is added or moved, so --from=0 silently starts copying from"
            + " a different stage; a name says what the stage is.",
        "Name the stage (FROM golang:1.22 AS build) and copy with --from=build.");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (CopyFromEdge edge : context.graph().copyEdges()) {
      if (edge.byIndex() && edge.from().isPresent()) {
        String name = edge.from().get().name().map(n -> "--from=" + n).orElse("a name");
        findings.add(
            finding(
                context,
                edge.instruction(),
                "--from=" + edge.reference() + " refers to a stage by index; use " + name));
      }
    }
    return findings;
  }
}
