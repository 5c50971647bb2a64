package dev.stagecraft.cli;

import dev.stagecraft.grading.GradingEvent;
import dev.stagecraft.report.ProgressText;
import java.io.PrintWriter;

/**
 * Shows grading progress on standard error, one line per step, so standard output carries only the
 * report. Plain lines, because standard error may be a file even when standard output is a
 * terminal, and Java cannot tell.
 */
final class ProgressPrinter {

  private final PrintWriter err;

  ProgressPrinter(PrintWriter err) {
    this.err = err;
  }

  void accept(GradingEvent event) {
    ProgressText.describe(event)
        .ifPresent(
            line -> {
              err.println(line);
              err.flush();
            });
  }
}
