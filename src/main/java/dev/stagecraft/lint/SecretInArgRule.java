package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.ArgDeclarations;
import dev.stagecraft.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;

/** ARG declaring a build argument whose name says it holds a secret. */
final class SecretInArgRule extends Rule {
  SecretInArgRule() {
    super(
        "secret-in-arg",
        Severity.WARNING,
        "ARG declares what looks like a secret",
        "Build arguments are recorded in the image history: docker history shows the value"
            + " of every ARG used by a RUN.",
        "Use RUN --mount=type=secret,id=NAME and read /run/secrets/NAME in that RUN instead of"
            + " a build argument.");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Instruction arg : context.dockerfile().instructions()) {
      for (ArgDeclarations.Declaration d : ArgDeclarations.of(arg)) {
        if (SecretNames.looksSecret(d.name())) {
          findings.add(
              finding(
                  context,
                  arg,
                  "ARG " + d.name() + " passes a secret-looking value into the build"));
        }
      }
    }
    return findings;
  }
}
