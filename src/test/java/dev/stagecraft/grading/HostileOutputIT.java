package dev.stagecraft.grading;

import static dev.stagecraft.grading.FixtureGrading.spec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagecraft.engine.EngineAvailable;
import dev.stagecraft.report.JsonReport;
import dev.stagecraft.report.JunitReport;
import dev.stagecraft.report.TerminalReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

/**
 * A container that prints escape sequences (a window title, colours, a clipboard write, a cursor
 * move), a NUL, invalid UTF-8 and a 10 MB line: the terminal report shows them and obeys none, the
 * JSON keeps the text exactly, the JUnit XML stays well-formed.
 */
@ExtendWith(EngineAvailable.class)
class HostileOutputIT {

  private static Grade grade;

  @BeforeAll
  static void gradeTheHostileImage() throws Exception {
    grade =
        FixtureGrading.grade(
            "prints-hostile-text",
            List.of(
                spec("runs", "output", "hello from a static Go binary", "timeoutSeconds", 30),
                spec("runs", "output", "this text is never printed", "timeoutSeconds", 30)));
  }

  @Test
  void theTerminalReportShowsTheSequencesAndObeysNone() {
    String plain = new TerminalReport(false, 80).render(grade);
    assertThat(plain)
        .doesNotContain("\u001b")
        .doesNotContain("\u0007")
        .doesNotContain("\u0000")
        .contains("\\e]0;PWNED")
        .contains("\\e]52;c;");
    assertThat(plain.length()).isLessThan(200_000);

    String colour = new TerminalReport(true, 80).render(grade);
    assertThat(colour).doesNotContain("\u001b]").doesNotContain("\u0007").contains("\\e[31m");
  }

  @Test
  void theJsonKeepsTheTextExactly() throws Exception {
    JsonNode json = new ObjectMapper().readTree(JsonReport.render(grade));
    JsonNode runs = null;
    for (JsonNode check : json.get("checks")) {
      if (check.get("id").asText().equals("runs")) {
        runs = check;
      }
    }
    assertThat(runs).isNotNull();
    assertThat(runs.get("status").asText()).isEqualTo("pass");
    assertThat(runs.get("actual").asText()).contains("\u001b]0;PWNED\u0007");
  }

  @Test
  void theJunitXmlStaysWellFormedAndSaysWhatItReplaced() throws Exception {
    String xml = JunitReport.render(grade);
    Document document =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(document.getDocumentElement().getTagName()).isEqualTo("testsuite");
    assertThat(xml).contains("\\u001b").contains("XML 1.0 forbids");
  }
}
