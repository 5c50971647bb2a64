package dev.stagecraft.report;

import dev.stagecraft.lint.Finding;
import dev.stagecraft.lint.Severity;
import dev.stagecraft.terminal.Ansi;
import dev.stagecraft.terminal.Style;
import dev.stagecraft.terminal.TextWrap;
import java.util.List;

/**
 * Lint findings as a person reads them: {@code FILE:LINE severity rule message}, then why it
 * matters and how to fix it, then a count.
 */
public final class FindingsReport {

  private FindingsReport() {}

  /** One line per finding and per why/fix, unwrapped, so scripts can grep {@code FILE:LINE}. */
  public static String render(List<Finding> findings, boolean color) {
    return render(findings, color, Integer.MAX_VALUE);
  }

  /** Wrapped to {@code width} columns, continuation lines indented, for reading in a terminal. */
  public static String render(List<Finding> findings, boolean color, int width) {
    Ansi ansi = Ansi.of(color);
    StringBuilder out = new StringBuilder();
    for (Finding f : findings) {
      String head =
          f.sourceName()
              + ":"
              + f.line()
              + " "
              + ansi.paint(f.severity().label(), styleOf(f.severity()))
              + " "
              + f.ruleId()
              + " "
              + f.message();
      append(out, "", head, width);
      append(out, "    why: ", f.why(), width);
      append(out, "    fix: ", f.fix(), width);
    }
    out.append(summary(findings)).append('\n');
    return out.toString();
  }

  private static void append(StringBuilder out, String label, String text, int width) {
    if (width == Integer.MAX_VALUE) {
      out.append(label).append(text).append('\n');
      return;
    }
    String indent = " ".repeat(label.isEmpty() ? 4 : label.length());
    List<String> lines = TextWrap.wrap(text, Math.max(20, width - indent.length()));
    for (int i = 0; i < lines.size(); i++) {
      out.append(i == 0 ? (label.isEmpty() ? "" : label) : indent)
          .append(lines.get(i))
          .append('\n');
    }
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
