package dev.stagecraft.report;

import dev.stagecraft.lint.Finding;
import dev.stagecraft.lint.Severity;
import dev.stagecraft.terminal.Ansi;
import dev.stagecraft.terminal.Style;
import java.util.List;

/**
 * Lint findings as a person reads them: {@code FILE:LINE severity rule message}, then why it
 * matters and how to fix it, then a count.
 */
public final class FindingsReport {

  private FindingsReport() {}

  public static String render(List<Finding> findings, boolean color) {
    Ansi ansi = Ansi.of(color);
    StringBuilder out = new StringBuilder();
    for (Finding f : findings) {
      out.append(f.sourceName())
          .append(':')
          .append(f.line())
          .append(' ')
          .append(ansi.paint(f.severity().label(), styleOf(f.severity())))
          .append(' ')
          .append(f.ruleId())
          .append(' ')
          .append(f.message())
          .append('\n');
      out.append("    why: ").append(f.why()).append('\n');
      out.append("    fix: ").append(f.fix()).append('\n');
    }
    out.append(summary(findings)).append('\n');
    return out.toString();
  }

  public static String summary(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "no findings";
    }
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    long infos = findings.stream().filter(f -> f.severity() == Severity.INFO).count();
    return errors + " error(s), " + warnings + " warning(s), " + infos + " info";
  }

  private static Style[] styleOf(Severity severity) {
    return switch (severity) {
      case ERROR -> new Style[] {Style.BOLD, Style.RED};
      case WARNING -> new Style[] {Style.YELLOW};
      case INFO -> new Style[] {Style.CYAN};
    };
  }
}
