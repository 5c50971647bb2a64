package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.KeyValues;
import dev.stagecraft.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;

/** ENV setting a variable whose name says it holds a secret. */
final class SecretInEnvRule extends Rule {
  SecretInEnvRule() {
    super(
        "secret-in-env",
        Severity.WARNING,
        "ENV sets what looks like a secret",
        "ENV values are stored in the image config: anyone who can pull the image reads them"
            + " with docker inspect, and they stay in every image built on top.",
        "Pass secrets at run time (docker run -e, an orchestrator secret) or mount them during"
            + " the build with RUN --mount=type=secret; never bake them into ENV.");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Stage stage : context.dockerfile().stages()) {
      for (Instruction env : stage.instructions("ENV")) {
        for (KeyValues.Pair pair : KeyValues.of(env)) {
          if (SecretNames.couldBeSecretValue(pair.value()) && SecretNames.looksSecret(pair.key())) {
            findings.add(
                finding(
                    context,
                    env,
                    "ENV " + pair.key() + " bakes a secret-looking value into the image"));
          }
        }
      }
    }
    return findings;
  }
}
