package dev.stagecraft.lint;

import dev.stagecraft.dockerfile.Instruction;
import dev.stagecraft.dockerfile.MountOptions;
import dev.stagecraft.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A rule that looks at each RUN's shell script on its own. */
abstract class RunRule extends Rule {
  RunRule(String id, Severity severity, String summary, String why, String fix) {
    super(id, severity, summary, why, fix);
  }

  @Override
  public final List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Stage stage : context.dockerfile().stages()) {
      for (Instruction run : stage.instructions("RUN")) {
        check(stage, run, RunScript.of(run)).ifPresent(m -> findings.add(finding(context, run, m)));
      }
    }
    return findings;
  }

  /** The message for this RUN, or empty when it is fine. */
  abstract Optional<String> check(Stage stage, Instruction run, RunScript script);

  /** True when the RUN mounts a cache (or tmpfs) at a path starting with {@code prefix}. */
  static boolean mountsCacheAt(Instruction run, String prefix) {
    for (String mount : run.flagValues("mount")) {
      MountOptions options = MountOptions.of(mount);
      boolean cache = options.type().equals("cache") || options.type().equals("tmpfs");
      if (cache && options.target().map(t -> t.startsWith(prefix)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** True when some word of the command equals one of {@code options}. */
  static boolean hasOption(List<String> words, String... options) {
    for (String w : words) {
      for (String o : options) {
        if (w.equals(o)) {
          return true;
        }
      }
    }
    return false;
  }
}
