package dev.stagecraft.report;

import java.util.List;
import java.util.Locale;

/**
 * A class's results as CSV (RFC 4180: comma-separated, CRLF line ends, quoted where needed), one
 * row per learner and exercise, for a spreadsheet or a gradebook import.
 *
 * <p>Learner names, reasons and check ids are written by others. A spreadsheet runs a cell that
 * starts with {@code =}, {@code +}, {@code -} or {@code @} as a formula ({@code
 * =HYPERLINK("http://...")} leaks data when clicked), and some also one starting with a tab or a
 * carriage return. As OWASP advises, such a cell is prefixed with a single quote, which the
 * spreadsheet shows as text; every other character is kept.
 */
public final class CsvReport {

  /** The header row, a contract for scripts: add columns at the end, never reorder. */
  public static final List<String> COLUMNS =
      List.of(
          "learner",
          "exercise",
          "status",
          "checks_passed",
          "checks_total",
          "failed_checks",
          "image_bytes",
          "seconds",
          "engine",
          "reason",
          "cached");

  private CsvReport() {}

  public static String render(List<SubmissionResult> results) {
    StringBuilder out = new StringBuilder();
    row(out, COLUMNS);
    for (SubmissionResult r : results) {
      row(
          out,
          List.of(
              r.learner(),
              r.exercise(),
              r.status().label(),
              Integer.toString(r.checksPassed()),
              Integer.toString(r.checksTotal()),
              String.join(" ", r.failedChecks().stream().map(f -> f.id()).toList()),
              r.imageBytes().isPresent() ? Long.toString(r.imageBytes().getAsLong()) : "",
              String.format(Locale.ROOT, "%.1f", r.seconds()),
              r.engine(),
              r.reason(),
              Boolean.toString(r.cached())));
    }
    return out.toString();
  }

  private static void row(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      out.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  /** One cell: neutralised when a spreadsheet would run it, quoted when CSV needs it. */
  static String cell(String value) {
    String text = neutralised(value);
    boolean quote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0
            || text.indexOf('\'') == 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  /** The value with a leading quote when its first character would start a formula. */
  static String neutralised(String value) {
    if (value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return formula ? "'" + value : value;
  }
}
