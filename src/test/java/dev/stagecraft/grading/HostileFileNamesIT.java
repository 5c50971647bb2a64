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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Text that comes from an image and its build, not from a container's output: file names that carry
 * escape sequences, and the log of a failing step that prints them. The terminal report shows them
 * and obeys none; the JSON keeps them exactly; the JUnit XML stays well-formed.
 */
@ExtendWith(EngineAvailable.class)
class HostileFileNamesIT {

  private static final String TITLE = "\u001b]0;PWNED\u0007";

  @Test
  void fileNamesFoundInTheImageAreShownNotObeyed() throws Exception {
    Grade grade =
        FixtureGrading.grade(
            "hostile-file-names",
            List.of(spec("no-source-files", "patterns", List.of("*.go")), spec("no-secrets")));

    assertThat(grade.results())
        .filteredOn(r -> !r.id().equals("build"))
        .allMatch(r -> r.status() == Status.FAIL);
    assertShownNotObeyed(new TerminalReport(false, 80).render(grade));
    assertShownNotObeyed(new TerminalReport(true, 60).render(grade));
    String json = JsonReport.render(grade);
    assertThat(textOf(json, "no-source-files")).contains(TITLE + "main.go");
    assertThat(textOf(json, "no-secrets")).contains("\u001b]52;c;cHduZWQ=\u0007");
    assertWellFormed(JunitReport.render(grade));
  }

  private static void assertShownNotObeyed(String report) {
    assertThat(report)
        .doesNotContain("\u001b]")
        .doesNotContain("\u0007")
        .doesNotContain("\u0000")
        .doesNotContain("\u001b[2A")
        .contains("\\e]0;PWNED");
  }

  /** The message and actual value of one check in the JSON report. */
  private static String textOf(String json, String checkId) throws Exception {
    for (JsonNode check : new ObjectMapper().readTree(json).get("checks")) {
      if (check.get("id").asText().equals(checkId)) {
        return check.path("message").asText() + "\n" + check.path("actual").asText();
      }
    }
    throw new AssertionError("no check " + checkId + " in " + json);
  }

  private static void assertWellFormed(String xml) throws Exception {
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
