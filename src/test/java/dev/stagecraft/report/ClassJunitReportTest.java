package dev.stagecraft.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ClassJunitReportTest {

  @Test
  void hostileNamesKeepTheXmlWellFormedAndSaySoWhenReplaced() throws Exception {
    String text = ClassJunitReport.render(List.of(HostileNames.EXERCISE), HostileNames.results());
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("tests")).isEqualTo("12");
    assertThat(suite.getAttribute("failures")).isEqualTo("3");
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    NodeList cases = xml.getElementsByTagName("testcase");
    Element title = (Element) cases.item(0);
    assertThat(title.getAttribute("name"))
        .startsWith("\\u001b]0;PWNED\\u0007mallory")
        .contains("XML 1.0 forbids");
    assertThat(((Element) cases.item(3)).getAttribute("name")).startsWith("nul\\u0000byte");
    assertThat(((Element) cases.item(5)).getAttribute("name")).isEqualTo(HostileNames.FORMULA);
    Element failure = (Element) title.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message"))
        .isEqualTo("3 of 5 checks pass; failing: runs, named-stages");
    assertThat(failure.getTextContent())
        .contains("runs (The app runs): exit code 1, output: \\u001b[31mboom\\u0000");
    Element error = (Element) xml.getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("message"))
        .startsWith("git said: xxx")
        .hasSizeGreaterThan(10_000_000);
  }
}
