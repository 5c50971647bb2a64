package dev.stagecraft.cli;

import dev.stagecraft.grading.GradingEvent;
import dev.stagecraft.report.ProgressText;
import java.io.PrintWriter;

/**
 * Shows grading progress on standard error, so standard output carries only the report. On a
 * terminal each step overwrites the last; elsewhere each gets its own line.
 */
final class ProgressPrinter {

  private final PrintWriter err;
  private final boolean overwrite;
  private boolean lineOpen;

  ProgressPrinter(PrintWriter err, boolean overwrite) {
    this.err = err;
    this.overwrite = overwrite;
  }

  void accept(GradingEvent event) {
    ProgressText.describe(event)
        .ifPresent(
            line -> {
              if (overwrite) {
                err.print("\r\u001b[2K" + line);
                lineOpen = true;
              } else {
                err.println(line);
              }
              err.flush();
            });
  }

  /** Clears the progress line before the report is printed. */
  void finish() {
    if (lineOpen) {
      err.print("\r\u001b[2K");
      err.flush();
      lineOpen = false;
    }
  }
}
