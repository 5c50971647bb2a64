package dev.stagecraft.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvReportTest {

  @Test
  void cellsASpreadsheetWouldRunAreNeutralisedWithAQuote() {
    assertThat(CsvReport.neutralised("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(CsvReport.neutralised("@SUM(1)")).isEqualTo("'@SUM(1)");
    assertThat(CsvReport.neutralised("+1")).isEqualTo("'+1");
    assertThat(CsvReport.neutralised("-1")).isEqualTo("'-1");
    assertThat(CsvReport.neutralised("\tcmd")).isEqualTo("'\tcmd");
    assertThat(CsvReport.neutralised("\rcmd")).isEqualTo("'\rcmd");
    assertThat(CsvReport.neutralised("alice")).isEqualTo("alice");
    assertThat(CsvReport.neutralised("a=b")).isEqualTo("a=b");
    assertThat(CsvReport.neutralised("")).isEmpty();
  }

  @Test
  void cellsAreQuotedAsRfc4180Asks() {
    assertThat(CsvReport.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvReport.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvReport.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CsvReport.cell("=1+2")).isEqualTo("\"'=1+2\"");
  }

  @Test
  void everyHostileNameIsKeptButNoneStartsAFormula() {
    String csv = CsvReport.render(HostileNames.results());
    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).isEqualTo(String.join(",", CsvReport.COLUMNS));
    assertThat(csv)
        .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"")
        .contains("\"'@SUM(1)\"")
        .contains("\"'+1\"")
        .contains("\"'-1\"")
        .contains("\"'\tcmd\"")
        .contains("\"'\rcmd\"")
        // The text itself is kept exactly: CSV is a machine output.
        .contains(HostileNames.TITLE)
        .contains(HostileNames.NUL)
        .contains(HostileNames.HUGE);
    assertThat(csv)
        .contains(
            "\u001b]0;PWNED\u0007mallory,02-name-your-stages,fail,3,5,runs named-stages,"
                + "300000000,9.0,tcp://grader:2376,,false");
  }
}
