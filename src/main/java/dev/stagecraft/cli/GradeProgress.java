package dev.stagecraft.cli;

import dev.stagecraft.classroom.ClassEvent;
import dev.stagecraft.report.SubmissionResult;
import dev.stagecraft.terminal.ForeignText;
import dev.stagecraft.terminal.TextWrap;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * One line per graded submission while a class is graded, on standard error: how far the batch is,
 * and each result as it comes. Names are foreign text and go through {@link ForeignText}.
 */
final class GradeProgress {

  private final PrintWriter err;
  private final int total;
  private final int width;
  private int done;

  GradeProgress(PrintWriter err, int total, int width) {
    this.err = err;
    this.total = total;
    this.width = width;
  }

  /** Events come from every worker thread: one line at a time. */
  synchronized void accept(ClassEvent event) {
    if (event instanceof ClassEvent.Finished finished) {
      done++;
      SubmissionResult r = finished.result();
      String counter = String.format(Locale.ROOT, "[%d/%d] ", done, total);
      String detail =
          String.format(
              Locale.ROOT,
              "%-6s %s  %s%s",
              r.status().label(),
              oneLine(r.learner()),
              r.exercise(),
              r.cached() ? "  (unchanged)" : String.format(Locale.ROOT, "  %.1f s", r.seconds()));
      err.println(fit(counter + detail));
    } else if (event instanceof ClassEvent.EngineLost lost) {
      err.println(
          "Engine "
              + oneLine(lost.engine())
              + " cannot grade: "
              + ForeignText.forTerminal(lost.reason()));
    }
    err.flush();
  }

  private static String oneLine(String text) {
    return ForeignText.forTerminal(text).replace("\n", "\\n");
  }

  private String fit(String line) {
    if (TextWrap.displayWidth(line) <= width) {
      return line;
    }
    return TextWrap.wrap(line, width - 1).get(0) + "…";
  }
}
