package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;

/** The deprecated MAINTAINER instruction. */
final class MaintainerDeprecatedRule extends Rule {
  MaintainerDeprecatedRule() {
    super(
        "maintainer-deprecated",
        Severity.INFO,
        "MAINTAINER is deprecated",
        "MAINTAINER sets a field tools no longer read; labels are the supported way to record"
            + " who maintains an image.",
        "Replace it with LABEL org.opencontainers.image.authors=\"name <email>\".");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Instruction i : context.dockerfile().instructions()) {
      if (i.is("MAINTAINER")) {
        findings.add(finding(context, i, "MAINTAINER is deprecated; use a LABEL"));
      }
    }
    return findings;
  }
}
